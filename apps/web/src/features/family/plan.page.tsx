import { isPictogramId, todayIso, type Plan } from '@birge/domain';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { Pictogram } from '../plans/pictogram.component.js';
import { useEasyRead } from './easy-read.js';
import { frequencyWords, weekdayName } from './family-words.js';
import { nextVisit } from './next-visit.js';
import { givenName, useFamily, workerName, type FamilyData } from './use-family.js';
import './family-pages.css';

/**
 * The plan in plain words (decision 0024): when the worker comes next, then for each person
 * the goals — what the family is working towards, in the words agreed with them (the GAS
 * "expected" level) — and the activities at home. No scores, weights or matrix codes: those
 * are the worker's.
 */
export function FamilyPlanPage() {
  const { t } = useI18n();
  const state = useFamily();
  const title = t('family.plan.title');
  const heading = <PageHeading title={title}>{title}</PageHeading>;

  if (state.status === 'pending')
    return (
      <>
        {heading}
        <Loading />
      </>
    );
  if (state.status === 'none')
    return (
      <>
        {heading}
        <p className="notice notice-info">{t('family.today.noPlan')}</p>
      </>
    );
  if (state.status === 'error')
    return (
      <>
        {heading}
        <LoadError error={state.error} onRetry={state.retry} />
      </>
    );
  const { data } = state;
  return (
    <>
      {heading}
      {data.plans.length === 0 ? (
        <p className="notice notice-info">{t('family.today.noPlan')}</p>
      ) : (
        <>
          <NextVisit data={data} />
          {data.plans.map((plan) => (
            <PlanInWords key={plan.id} plan={plan} data={data} />
          ))}
        </>
      )}
    </>
  );
}

function NextVisit({ data }: { data: FamilyData }) {
  const { t, formatDate } = useI18n();
  const today = todayIso();
  const next = nextVisit(data.plans, data.visits, today);
  const first = data.plans[0];
  const worker = first ? workerName(data, first) : null;
  if (!next) return null;
  return (
    <section aria-labelledby="visit-heading" className="section next-visit">
      <h2 id="visit-heading">{t('family.plan.nextVisit')}</h2>
      {next.late ? (
        <p>{t('family.plan.visitLate', { date: formatDate(next.dueOn) })}</p>
      ) : (
        <>
          <p className="next-visit-date">
            {t('family.today.date', {
              weekday: weekdayName(next.dueOn, t),
              date: formatDate(next.dueOn),
            })}
          </p>
          <p>
            {t(next.kind === 'agreed' ? 'family.plan.visitAgreed' : 'family.plan.visitPlanned')}
          </p>
        </>
      )}
      {worker ? <p>{t('family.plan.worker', { name: worker })}</p> : null}
    </section>
  );
}

function PlanInWords({ plan, data }: { plan: Plan; data: FamilyData }) {
  const { t, language, formatDate } = useI18n();
  const easy = useEasyRead();
  const headingId = `plan-${plan.id}`;
  return (
    <section aria-labelledby={headingId} className="section family-plan">
      <h2 id={headingId}>
        {t('family.plan.for', { name: givenName(data.household, plan.personId) })}
      </h2>
      {easy ? null : (
        <p className="muted">
          {t('family.plan.period', {
            from: formatDate(plan.startsOn),
            to: formatDate(plan.endsOn),
          })}
        </p>
      )}
      <h3>{t('family.plan.goals')}</h3>
      {plan.goals.length === 0 ? (
        <p>{t('family.plan.noGoals')}</p>
      ) : (
        <ol className="family-goals">
          {plan.goals.map((goal) => (
            <li key={goal.id} className="family-goal">
              <p className="family-goal-title">{goal.title}</p>
              <p>
                <strong>{t('family.plan.expected')}:</strong> {goal.levels.expected}
              </p>
              {easy ? null : (
                <p className="muted">
                  {t('family.plan.byDate', { date: formatDate(goal.targetDate) })}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      <h3>{t('family.plan.activities')}</h3>
      <ul className="family-activities">
        {plan.assignments
          .filter((a) => a.endsOn >= todayIso())
          .map((a) => {
            const card = data.card(a.activityId);
            return (
              <li key={a.id}>
                {card && isPictogramId(card.pictogram) ? (
                  <Pictogram id={card.pictogram} size={48} />
                ) : null}
                <span>
                  <Link to={`/family/activities/${a.id}`}>
                    {card?.title[language] ?? a.activityId}
                  </Link>
                  <span className="family-activity-meta">
                    {t('family.who', { name: data.memberName(a.personId) })} ·{' '}
                    {frequencyWords(a.frequency, t)}
                  </span>
                </span>
              </li>
            );
          })}
      </ul>
      <p className="family-print">
        {/* The printed plan in the language this phone shows: the family's own choice. */}
        <a
          className="button secondary"
          href={`/api/v1/plans/${encodeURIComponent(plan.id)}/print.pdf?lang=${language}`}
          target="_blank"
          rel="noopener"
        >
          {t('family.plan.print')}
        </a>
        {easy ? null : <span className="small muted"> {t('family.plan.printHint')}</span>}
      </p>
    </section>
  );
}
