// On the person's page: how much employers have leaned on them (calls in 30 and 90 days,
// open requests), the kind sentence once they reach the threshold, whether their details
// are confirmed, the checks announced for their applications and every call logged for them.
import { useTranslation } from 'react-i18next';
import { callThresholdOf, isLeanedOn, personLoad } from '../../../shared/bench/load';
import { formatLongDate } from '../../../shared/drafts';
import type { Application } from '../../../shared/schema/application';
import type { Reference } from '../../../shared/schema/person';
import { useDocument, useLanguage, useReadOnly, useToday } from '../../state/app-state';
import { DetailsConfirmed } from '../../components/bench/DetailsConfirmed';
import { callsOfPerson, checksOfPerson, restedInstead } from '../../components/bench/person-bench';
import styles from '../../components/bench/Bench.module.css';

export function PersonCalls({ person }: { person: Reference }) {
  const { t } = useTranslation();
  const document = useDocument();
  const readOnly = useReadOnly();
  const language = useLanguage();
  const today = useToday();
  const load = personLoad(document, person.id, today);
  const leanedOn = isLeanedOn(load, callThresholdOf(document));
  const rested = leanedOn ? restedInstead(document, null, today, person.id) : null;
  const calls = callsOfPerson(document, person.id);
  const checks = checksOfPerson(document, person.id);
  const targetOf = (application: Application | null) => (application ? `${application.company} · ${application.role}` : t('records.wholeSearch'));
  const date = (iso: string) => formatLongDate(iso, language);

  return (
    <section className={styles.panel} aria-labelledby="person-calls-title">
      <h3 id="person-calls-title">{t('bench.person.section')}</h3>
      <p className={styles.load}>
        <span>{t('bench.person.load', { last30: load.callsLast30, last90: load.callsLast90 })}</span>
        <span aria-hidden="true">·</span>
        <span>{t('bench.person.open', { count: load.openRequests })}</span>
      </p>
      {leanedOn ? (
        <p className={styles.kind}>
          {rested
            ? t('checks.fit.leanedOnRested', { name: person.name, count: load.callsLast30, rested })
            : t('checks.fit.leanedOn', { name: person.name, count: load.callsLast30 })}
        </p>
      ) : null}
      <DetailsConfirmed person={person} disabled={readOnly} />
      {checks.length > 0 ? (
        <>
          <h4 className={styles.subTitle}>{t('bench.person.checksTitle')}</h4>
          <ul className={styles.lines}>
            {checks.map((application) => {
              const check = application.referenceCheck;
              if (!check) return null;
              return (
                <li key={application.id}>
                  {t('bench.person.checkLine', {
                    target: targetOf(application),
                    announced: date(check.announcedOn),
                    when: check.expectedOn ? t('checks.whenOn', { date: date(check.expectedOn) }) : t('checks.whenUnknown'),
                  })}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
      <h4 className={styles.subTitle}>{t('bench.person.callsTitle')}</h4>
      {calls.length === 0 ? (
        <p className="field-hint">{t('bench.person.noCalls', { name: person.name })}</p>
      ) : (
        <ul className={styles.lines} aria-label={t('bench.person.callsTitle')}>
          {calls.map(({ call, application }) => {
            const params = { date: date(call.on), caller: call.caller || t('checks.callerUnknown') };
            return (
              <li key={call.id} className={styles.call}>
                <span>
                  {call.minutes === null ? t('checks.callLineNoLength', params) : t('checks.callLine', { ...params, count: call.minutes })}{' '}
                  <span className={styles.muted}>{t('bench.person.callFor', { target: targetOf(application) })}</span>
                </span>
                {call.asked ? <span className={styles.muted}>{t('bench.person.asked', { text: call.asked })}</span> : null}
                {call.told ? <span className={styles.muted}>{t('bench.person.told', { text: call.told })}</span> : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
