import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ViewHeader } from '../../components/ViewHeader';

export function PeopleView() {
  const { t } = useTranslation();
  return (
    <>
      <ViewHeader title={t('nav.people')} />
      <EmptyState title={t('empty.peopleTitle')} body={t('empty.peopleBody')} />
    </>
  );
}
