import { ADULT_FROM_AGE, LIVELIHOOD_FROM_AGE, type Consent } from '@birge/domain';
import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router';
import { allows } from '../../app/guards.component.js';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { ConsentBadge } from '../../components/status-badge.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { useHousehold, usePerson } from '../../data/use-registry.js';
import { useMe } from '../../data/use-session.js';
import { fullName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useFlash } from '../households/household.page.js';
import { NotFoundPage } from '../system/not-found.page.js';
import { ConsentList } from './consent-list.component.js';
import { PersonFacts } from './person-facts.component.js';
import { PersonHistory } from './person-history.component.js';
import { WithdrawConsentDialog } from './withdraw-consent.dialog.js';

// Plans load with their section, not with the person page.
const PersonPlans = lazy(async () => ({
  default: (await import('../plans/person-plans.component.js')).PersonPlans,
}));
// Education (children) and livelihood (adults) load with their sections.
const EducationSection = lazy(async () => ({
  default: (await import('../education/education-section.component.js')).EducationSection,
}));
const LivelihoodSection = lazy(async () => ({
  default: (await import('../education/livelihood-section.component.js')).LivelihoodSection,
}));
// Referrals and their texts load with their section.
const PersonReferrals = lazy(async () => ({
  default: (await import('../referrals/person-referrals.component.js')).PersonReferrals,
}));
// Instruments and their texts load with the history, not with the person page.
const AssessmentHistory = lazy(async () => ({
  default: (await import('../assessments/assessment-history.component.js')).AssessmentHistory,
}));

export function PersonPage() {
  const { personId = '' } = useParams();
  const { t } = useI18n();
  const me = useMe();
  const person = usePerson(personId);
  const household = useHousehold(person.data?.householdId ?? '');
  const flash = useFlash();
  const [withdrawing, setWithdrawing] = useState<Consent | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (person.isPending) return <Loading />;
  if (person.isError) {
    if (isRepositoryError(person.error) && person.error.status === 404) return <NotFoundPage />;
    return <LoadError error={person.error} onRetry={() => void person.refetch()} />;
  }
  const p = person.data;
  const name = fullName(p);
  const canWrite = allows(me.role, 'registry-write');
  const members = household.data?.members ?? [];
  const memberName = (id: string) => {
    const member = members.find((m) => m.id === id);
    return member ? fullName(member) : null;
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to={`/households/${p.householdId}`}>
          {household.data
            ? t('household.title', { address: household.data.address })
            : t('person.backToHousehold')}
        </Link>
      </p>
      <div className="page-head">
        <PageHeading title={name}>{name}</PageHeading>
        {canWrite ? (
          <Link to={`/persons/${p.id}/edit`} className="button secondary">
            {t('action.edit')}
          </Link>
        ) : null}
      </div>
      {flash || notice ? (
        <p className="notice notice-success" role="status">
          {notice ?? flash}
        </p>
      ) : null}

      {p.consentStatus !== 'valid' ? (
        <div className="notice notice-warn">
          <p>
            <ConsentBadge status={p.consentStatus} />
          </p>
          <p>{t('person.minimalRecord')}</p>
          {canWrite ? (
            <p>
              <Link to={`/persons/${p.id}/consents/new`} className="button primary">
                {t('consent.add')}
              </Link>
            </p>
          ) : null}
        </div>
      ) : null}

      <PersonFacts person={p} />

      <section className="section" aria-labelledby="consents-heading">
        <div className="section-head">
          <h2 id="consents-heading">{t('consent.title')}</h2>
          {canWrite && p.consentStatus === 'valid' ? (
            <Link to={`/persons/${p.id}/consents/new`} className="button secondary">
              {t('consent.add')}
            </Link>
          ) : null}
        </div>
        <ConsentList
          consents={p.consents}
          memberName={memberName}
          canWrite={canWrite}
          onWithdraw={setWithdrawing}
        />
      </section>

      <section className="section" aria-labelledby="assessments-heading">
        <div className="section-head">
          <h2 id="assessments-heading">{t('assessment.history.title')}</h2>
          {canWrite ? (
            <Link to={`/persons/${p.id}/assessments/new`} className="button secondary">
              {t('assessment.history.new')}
            </Link>
          ) : null}
        </div>
        <Suspense fallback={<Loading />}>
          <AssessmentHistory personId={p.id} />
        </Suspense>
      </section>

      <section className="section" aria-labelledby="plans-heading">
        <h2 id="plans-heading">{t('plan.person.title')}</h2>
        <Suspense fallback={<Loading />}>
          <PersonPlans person={p} canWrite={canWrite} />
        </Suspense>
      </section>

      {p.age < ADULT_FROM_AGE ? (
        <section className="section" aria-labelledby="education-heading">
          <h2 id="education-heading">{t('education.title')}</h2>
          <Suspense fallback={<Loading />}>
            <EducationSection person={p} canWrite={canWrite} />
          </Suspense>
        </section>
      ) : null}

      {p.age >= LIVELIHOOD_FROM_AGE ? (
        <section className="section" aria-labelledby="livelihood-heading">
          <h2 id="livelihood-heading">{t('livelihood.title')}</h2>
          <Suspense fallback={<Loading />}>
            <LivelihoodSection person={p} canWrite={canWrite} />
          </Suspense>
        </section>
      ) : null}
      <section className="section" aria-labelledby="referrals-heading">
        <h2 id="referrals-heading">{t('referrals.title')}</h2>
        <Suspense fallback={<Loading />}>
          <PersonReferrals person={p} canWrite={canWrite} />
        </Suspense>
      </section>

      <section className="section" aria-labelledby="history-heading">
        <h2 id="history-heading">{t('person.history')}</h2>
        <PersonHistory personId={p.id} />
      </section>

      <WithdrawConsentDialog
        consent={withdrawing}
        onClose={() => setWithdrawing(null)}
        onDone={() => {
          setWithdrawing(null);
          setNotice(t('consent.withdrawn'));
        }}
      />
    </>
  );
}
