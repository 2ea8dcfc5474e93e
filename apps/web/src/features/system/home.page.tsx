import { Navigate } from 'react-router';
import { allows } from '../../app/guards.component.js';
import { PageHeading } from '../../components/page-heading.component.js';
import { useMe } from '../../data/use-session.js';
import { useI18n } from '../../i18n/i18n-context.js';

/**
 * Home by role: the family's day for a family, the registry for those who work with it, the
 * audit log for the administrator.
 */
export function HomePage() {
  const { t } = useI18n();
  const me = useMe();
  // The family's own app: their day first (decision 0024).
  if (me.role === 'family') return <Navigate to="/family" replace />;
  // A service's staff work from their referrals inbox (decision 0029).
  if (me.role === 'provider') return <Navigate to="/inbox" replace />;
  if (allows(me.role, 'registry-read')) return <Navigate to="/households" replace />;
  if (allows(me.role, 'audit')) return <Navigate to="/audit" replace />;
  const welcome = t('home.welcome', { name: me.displayName });
  return (
    <>
      <PageHeading title={welcome}>{welcome}</PageHeading>
      <div className="notice notice-info">
        <p>{t('home.noRegistry', { role: t(`role.${me.role}`) })}</p>
      </div>
    </>
  );
}
