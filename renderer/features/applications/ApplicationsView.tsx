import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ViewHeader } from '../../components/ViewHeader';

export function ApplicationsView() {
  const { t } = useTranslation();
  return (
    <>
      <ViewHeader title={t('nav.applications')} />
      <EmptyState title={t('empty.applicationsTitle')} body={t('empty.applicationsBody')} />
    </>
  );
}
