import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';

export function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('help.title')}
      onClose={onClose}
      footer={
        <button type="button" className="button button-primary" onClick={onClose} autoFocus>
          {t('common.close')}
        </button>
      }
    >
      <p>{t('help.intro')}</p>
      <p>
        <strong>{t('help.stages')}</strong>
      </p>
      <ol>
        {t('help.rules')
          .split('|')
          .map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
      </ol>
    </Dialog>
  );
}
