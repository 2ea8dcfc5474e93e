import { registryAccess, type Role } from '@birge/domain';
import type { ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { PageHeading } from '../components/page-heading.component.js';
import { Loading, LoadError } from '../components/query-state.component.js';
import { useSession } from '../data/use-session.js';
import { NoAccessPage } from '../features/system/no-access.page.js';
import { useI18n } from '../i18n/i18n-context.js';

/** Pages below need a signed-in user; others are sent to sign in and brought back after. */
export function RequireSession() {
  const session = useSession();
  const location = useLocation();
  const { t } = useI18n();
  if (session.isPending) return <Loading />;
  if (session.isError)
    return (
      <>
        <PageHeading title={t('app.name')}>{t('app.name')}</PageHeading>
        <LoadError error={session.error} onRetry={() => void session.refetch()} />
      </>
    );
  if (!session.data)
    return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  return <Outlet />;
}

export type Need = 'registry-read' | 'registry-write' | 'audit' | 'referrals';

export function allows(role: Role, need: Need): boolean {
  switch (need) {
    case 'registry-read':
      return registryAccess(role) !== 'none';
    case 'registry-write':
      return registryAccess(role) === 'write';
    case 'audit':
      // The administrator's sections: the audit log, and the activity library's editor
      // (canEditActivities, the server's rule).
      return role === 'admin';
    case 'referrals':
      return role === 'provider' || registryAccess(role) !== 'none';
  }
}

// Pages that explain a refusal themselves take it from here, so it stays in this module's chunk.
export { NoAccessPage };

/** Renders the page only for roles that may use it, a friendly explanation otherwise. */
export function RequireRole({ need, children }: { need: Need; children: ReactNode }) {
  const { data: me } = useSession();
  if (!me) return null;
  return allows(me.role, need) ? children : <NoAccessPage />;
}
