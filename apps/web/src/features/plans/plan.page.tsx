import type { Plan, PlanStatus } from '@birge/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useParams } from 'react-router';
import { allows } from '../../app/guards.component.js';
import { BusyButton } from '../../components/busy-button.component.js';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import {
  useActivities,
  useChangePlanStatus,
  usePlan,
  usePlanPractice,
  usePlanReviews,
} from '../../data/use-plans.js';
import { useHousehold, usePerson } from '../../data/use-registry.js';
import { useMe } from '../../data/use-session.js';
import { fullName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { Fact } from '../households/household-facts.component.js';
import { useFlash } from '../households/household.page.js';
import { NotFoundPage } from '../system/not-found.page.js';
import { PlanGoals } from './plan-goals.component.js';
import { PlanHistory } from './plan-history.component.js';
import { PlanProgramme } from './plan-programme.component.js';
import { PlanReviews } from './plan-reviews.component.js';
import { PlanStatusBadge } from './plan-status.component.js';
import { PlanStatusDialog } from './plan-status.dialog.js';
import { problemLines } from './problem-lines.js';
import './plans.css';

/** `/plans/:planId`: the plan, its home programme with adherence, GAS reviews and versions. */
export function PlanPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  if (plan.isPending) return <Loading />;
  if (plan.isError) {
    if (isRepositoryError(plan.error) && plan.error.status === 404) return <NotFoundPage />;
    return <LoadError error={plan.error} onRetry={() => void plan.refetch()} />;
  }
  return <PlanView plan={plan.data} />;
}

function PlanView({ plan }: { plan: Plan }) {
  const { t, formatDate } = useI18n();
  const me = useMe();
  const flash = useFlash();
  const person = usePerson(plan.personId);
  const household = useHousehold(plan.householdId);
  const activities = useActivities();
  const reviews = usePlanReviews(plan.id);
  const practice = usePlanPractice(plan.id);
  const agree = useChangePlanStatus();
  const [closing, setClosing] = useState<'completed' | 'cancelled' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const canWrite = allows(me.role, 'registry-write');
  const name = person.data ? fullName(person.data) : '';
  const title = name ? t('plan.titleFor', { name }) : t('plan.title');
  const members = household.data?.members ?? [];
  const memberName = (id: string) => {
    const member = members.find((m) => m.id === id);
    return member ? fullName(member) : t('plan.unknownMember');
  };
  const open = plan.status === 'draft' || plan.status === 'active';
  const reviewList = reviews.data ?? [];
  const closed = (status: PlanStatus) => {
    setClosing(null);
    setNotice(t('plan.statusChanged', { status: t(`plan.status.${status}`) }));
  };

  return (
    <div className="plans-area">
      <p className="breadcrumb">
        <Link to={`/persons/${plan.personId}`}>{name || t('plan.backToPerson')}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="plan-meta">
        <PlanStatusBadge status={plan.status} />{' '}
        {t('plan.period', { from: formatDate(plan.startsOn), to: formatDate(plan.endsOn) })}
      </p>
      {flash || notice ? (
        <p className="notice notice-success" role="status">
          {notice ?? flash}
        </p>
      ) : null}
      {agree.error ? (
        <div className="notice notice-error" role="alert">
          {problemLines(agree.error, t).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      ) : null}

      {canWrite && open ? (
        <div className="plan-actions">
          {plan.status === 'draft' ? (
            <BusyButton
              busy={agree.isPending}
              busyLabel={t('status.saving')}
              onPress={() =>
                agree.mutate(
                  { id: plan.id, change: { status: 'active', rev: Math.max(1, plan.rev) } },
                  { onSuccess: () => setNotice(t('plan.agreed')) },
                )
              }
            >
              {t('plan.agree.action')}
            </BusyButton>
          ) : (
            <Link to={`/plans/${plan.id}/reviews/new`} className="button primary">
              {t('plan.review.action')}
            </Link>
          )}
          <Link to={`/plans/${plan.id}/edit`} className="button secondary">
            {t('plan.edit.action')}
          </Link>
          <Link
            to={`/visits/new?householdId=${plan.householdId}&planId=${plan.id}&personId=${plan.personId}`}
            className="button secondary"
          >
            {t('visit.new.action')}
          </Link>
        </div>
      ) : null}

      <section className="section" aria-labelledby="goals-heading">
        <h2 id="goals-heading">{t('plan.goals.title')}</h2>
        <PlanGoals
          goals={plan.goals}
          latest={reviewList.at(-1) ?? null}
          memberName={memberName}
          weighted={plan.gasWeighting === 'importance_difficulty'}
        />
      </section>

      <section className="section" aria-labelledby="programme-heading">
        <h2 id="programme-heading">{t('plan.programme.title')}</h2>
        {activities.isError ? <LoadError error={activities.error} /> : null}
        <PlanProgramme
          plan={plan}
          activities={activities.data ?? []}
          adherence={practice.data?.adherence ?? null}
          memberName={memberName}
        />
      </section>

      <section className="section" aria-labelledby="reviews-heading">
        <h2 id="reviews-heading">{t('plan.reviews.title')}</h2>
        {reviews.isPending ? <Loading /> : null}
        {reviews.isError ? (
          <LoadError error={reviews.error} onRetry={() => void reviews.refetch()} />
        ) : null}
        {reviews.isSuccess ? <PlanReviews plan={plan} reviews={reviewList} /> : null}
      </section>

      <section className="section" aria-labelledby="details-heading">
        <h2 id="details-heading">{t('plan.details.title')}</h2>
        <dl className="facts facts-grid">
          <Fact term={t('plan.details.visitInterval')}>
            {t('plan.everyDays', { count: plan.visitIntervalDays })}
          </Fact>
          <Fact term={t('plan.details.reviewInterval')}>
            {t('plan.everyDays', { count: plan.reviewIntervalDays })}
          </Fact>
          <Fact term={t('plan.details.weighting')}>{t(`plan.weighting.${plan.gasWeighting}`)}</Fact>
          <Fact term={t('plan.details.activatedOn')}>
            {plan.activatedOn ? formatDate(plan.activatedOn) : null}
          </Fact>
          <Fact term={t('plan.details.createdBy')}>{plan.createdBy}</Fact>
          <Fact term={t('plan.details.note')}>{plan.note}</Fact>
        </dl>
        <p>
          <a
            className="button secondary"
            href={`/api/v1/plans/${encodeURIComponent(plan.id)}/print.pdf`}
            target="_blank"
            rel="noopener"
          >
            {t('plan.print.action')}
          </a>{' '}
          <span className="small muted">{t('plan.print.hint')}</span>
        </p>
      </section>

      <section className="section" aria-labelledby="history-heading">
        <h2 id="history-heading">{t('plan.history.title')}</h2>
        <PlanHistory planId={plan.id} />
      </section>

      {canWrite && open ? (
        <section className="section" aria-labelledby="close-heading">
          <h2 id="close-heading">{t('plan.close.title')}</h2>
          <div className="section-actions">
            {plan.status === 'active' ? (
              <Button className="button secondary" onPress={() => setClosing('completed')}>
                {t('plan.complete.action')}
              </Button>
            ) : null}
            <Button className="button secondary" onPress={() => setClosing('cancelled')}>
              {t('plan.cancel.action')}
            </Button>
          </div>
        </section>
      ) : null}
      <PlanStatusDialog
        plan={plan}
        status={closing}
        onClose={() => setClosing(null)}
        onDone={closed}
      />
    </div>
  );
}
