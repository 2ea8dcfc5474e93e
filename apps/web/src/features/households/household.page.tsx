import { lazy, Suspense } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { allows } from '../../app/guards.component.js';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { useMembersEducation } from '../../data/use-education.js';
import { useHousehold } from '../../data/use-registry.js';
import { useMe } from '../../data/use-session.js';
import { loadCatalogueParts } from '../../i18n/catalogues.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { HouseholdAssignment } from '../supervision/household-assignment.component.js';
import { NotFoundPage } from '../system/not-found.page.js';
import { HouseholdFacts } from './household-facts.component.js';
import { MemberList } from './member-list.component.js';

// Visits and tasks (and the plans' code) load after the household itself.
const HouseholdVisits = lazy(async () => ({
  default: (await import('../visits/household-visits.component.js')).HouseholdVisits,
}));
// The worker's "invite a family member" loads with its texts, after the household.
const InviteMember = lazy(async () => {
  const [{ InviteMember }] = await Promise.all([
    import('../family/invite-member.component.js'),
    loadCatalogueParts(['family']),
  ]);
  return { default: InviteMember };
});

/** A message another page left for this one ("Household and 2 members registered."). */
export function useFlash(): string | null {
  const state: unknown = useLocation().state;
  if (typeof state === 'object' && state !== null && 'flash' in state) {
    const flash = state.flash;
    return typeof flash === 'string' ? flash : null;
  }
  return null;
}

export function HouseholdPage() {
  const { householdId = '' } = useParams();
  const { t } = useI18n();
  const me = useMe();
  const household = useHousehold(householdId);
  const flash = useFlash();
  // Members without the flag (a household read over HTTP without it): ask the server when online.
  const needsEducation =
    household.data?.members.some(
      (m) => m.consentStatus === 'valid' && m.inNoEducation === undefined,
    ) ?? false;
  const education = useMembersEducation(householdId, needsEducation);

  if (household.isPending) return <Loading />;
  if (household.isError) {
    if (isRepositoryError(household.error) && household.error.status === 404)
      return <NotFoundPage />;
    return <LoadError error={household.error} onRetry={() => void household.refetch()} />;
  }
  const data = household.data;
  const fromServer = new Map((education.data ?? []).map((m) => [m.id, m]));
  const members = data.members.map((m) => {
    const known = fromServer.get(m.id);
    return known && m.inNoEducation === undefined
      ? { ...m, inNoEducation: known.inNoEducation, educationState: known.educationState }
      : m;
  });
  const title = t('household.title', { address: data.address });

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      {flash ? (
        <p className="notice notice-success" role="status">
          {flash}
        </p>
      ) : null}
      <HouseholdFacts household={data} />
      <section aria-labelledby="members-heading" className="section">
        <div className="section-head">
          <h2 id="members-heading">
            {t('household.members')}{' '}
            <span className="muted">
              ({t('household.memberCount', { count: data.members.length })})
            </span>
          </h2>
          {allows(me.role, 'registry-write') ? (
            <div className="section-actions">
              <Link to={`/households/${data.id}/members/new`} className="button secondary">
                <span aria-hidden="true">+ </span>
                {t('household.addMember')}
              </Link>
              {data.members.length > 0 ? (
                <Link to={`/households/${data.id}/screening`} className="button primary">
                  {t('screening.action')}
                </Link>
              ) : null}
            </div>
          ) : null}
        </div>
        <MemberList members={members} />
      </section>
      <Suspense fallback={<Loading />}>
        <HouseholdVisits household={data} canWrite={allows(me.role, 'registry-write')} />
      </Suspense>
      {allows(me.role, 'registry-write') ? (
        <Suspense fallback={null}>
          <InviteMember household={data} />
        </Suspense>
      ) : null}
      <HouseholdAssignment household={data} />
    </>
  );
}
