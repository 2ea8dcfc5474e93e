import { registryAccess } from '@birge/domain';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading.component.js';
import { useSession } from '../../data/use-session.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** For a role without this section: says what the role does see, without an error tone. */
export function NoAccessPage() {
  const { t } = useI18n();
  const { data: me } = useSession();
  const noRegistry = me && registryAccess(me.role) === 'none';
  return (
    <>
      <PageHeading title={t('page.noAccess')}>{t('page.noAccess')}</PageHeading>
      <div className="notice notice-info">
        <p>
          {noRegistry ? t('home.noRegistry', { role: t(`role.${me.role}`) }) : t('status.noAccess')}
        </p>
      </div>
      <p>
        <Link to="/">{t('nav.home')}</Link>
      </p>
    </>
  );
}
