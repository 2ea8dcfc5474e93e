import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading.component.js';
import { useI18n } from '../../i18n/i18n-context.js';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading title={t('page.notFound')}>{t('page.notFound')}</PageHeading>
      <p>{t('status.notFound')}</p>
      <p>
        <Link to="/">{t('nav.home')}</Link>
      </p>
    </>
  );
}
