import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/schema/fields';
import type { ReferenceRequest } from '../../../shared/schema/request';
import { CHECKLISTS } from '../../../shared/stages';
import { api } from '../../api';
import { useMutation } from '../../components/use-mutation';
import styles from './CardDetail.module.css';

/** The current step's checklist; each tick is saved at once. */
export function ChecklistSection({ request, language, readOnly }: { request: ReferenceRequest; language: Language; readOnly: boolean }) {
  const { t } = useTranslation();
  const items = CHECKLISTS[request.stage];
  const { run: toggle } = useMutation((item: string, done: boolean) => api.requests.setChecklistItem({ requestId: request.id, item, done }));
  return (
    <section className={styles.section} aria-labelledby="detail-checklist">
      <h3 id="detail-checklist">
        {t('board.detail.checklist')} · {t(`records.stage.${request.stage}`)}
      </h3>
      {items.length === 0 ? (
        <p className={styles.muted}>{t('board.detail.checklistNone')}</p>
      ) : (
        <ul className={styles.checklist}>
          {items.map((item) => {
            const id = `check-${item.key}`;
            return (
              <li key={item.key}>
                <input
                  id={id}
                  type="checkbox"
                  checked={request.checklist[item.key] === true}
                  disabled={readOnly}
                  aria-describedby={`${id}-hint`}
                  onChange={(event) => void toggle(item.key, event.target.checked)}
                />
                <div>
                  <label htmlFor={id}>{item.label[language]}</label>
                  <p id={`${id}-hint`} className={styles.hint}>
                    {item.hint[language]}
                  </p>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
