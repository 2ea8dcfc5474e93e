import { todayIso } from '@birge/domain';
import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useEasyRead } from './easy-read.js';
import { weekdayName } from './family-words.js';
import { TodayCard } from './today-card.component.js';
import { todayPlan, weekProgress, type TodayItem } from './today.js';
import { givenName, useFamily, type FamilyData } from './use-family.js';
import { WeekLegend, WeekRow } from './week-progress.component.js';

/**
 * The family's day (decision 0024): every activity the home programme asks for today, each with
 * its picture and three big answers, then the week so far. In easy reading, one activity per
 * screen with "Next" and "Back".
 */
export function FamilyTodayPage() {
  const { t, formatDate, language } = useI18n();
  const state = useFamily();
  const easy = useEasyRead();
  const today = todayIso();
  const title = t('family.today.title');

  const heading = (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="family-date">
        {t('family.today.date', { weekday: weekdayName(today, t), date: formatDate(today) })}
      </p>
    </>
  );
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
  const day = todayPlan(data.plans, data.logs, today);
  return (
    <>
      {heading}
      {data.plans.length === 0 ? (
        <p className="notice notice-info">{t('family.today.noPlan')}</p>
      ) : day.items.length === 0 ? (
        <p className="notice notice-info">{t('family.today.nothing')}</p>
      ) : (
        <>
          {day.items.every((i) => i.remaining === 0) ? (
            <p className="notice notice-success">{t('family.today.allDone')}</p>
          ) : null}
          {easy ? (
            <OneAtATime items={day.items} today={today} data={data} />
          ) : (
            <AllOfToday items={day.items} today={today} data={data} />
          )}
        </>
      )}
      {!easy && day.enoughThisWeek.length > 0 ? (
        <section aria-labelledby="enough-heading" className="section">
          <h2 id="enough-heading">{t('family.today.enough')}</h2>
          <p>{t('family.today.enoughHint')}</p>
          <ul>
            {day.enoughThisWeek.map((i) => (
              <li key={i.assignment.id}>
                <Link to={`/family/activities/${i.assignment.id}`}>
                  {data.card(i.assignment.activityId)?.title[language] ?? i.assignment.activityId}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {!easy && data.plans.length > 0 ? <ThisWeek data={data} today={today} /> : null}
    </>
  );
}

/** Every activity of the day, under the name of the person each plan is for. */
function AllOfToday({
  items,
  today,
  data,
}: {
  items: TodayItem[];
  today: string;
  data: FamilyData;
}) {
  const { t } = useI18n();
  return (
    <>
      {data.plans.map((plan) => {
        const mine = items.filter((i) => i.plan.id === plan.id);
        if (mine.length === 0) return null;
        const headingId = `today-${plan.id}`;
        return (
          <section key={plan.id} aria-labelledby={headingId} className="section">
            <h2 id={headingId}>
              {t('family.today.for', { name: givenName(data.household, plan.personId) })}
            </h2>
            <ul className="today-list">
              {mine.map((item) => (
                <li key={item.assignment.id}>
                  <TodayCard item={item} today={today} data={data} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

/** Easy reading: one activity on the screen, "Next" and "Back" to move. */
function OneAtATime({
  items,
  today,
  data,
}: {
  items: TodayItem[];
  today: string;
  data: FamilyData;
}) {
  const { t } = useI18n();
  const [index, setIndex] = useState(0);
  const moved = useRef(false);
  const at = Math.min(index, items.length - 1);
  const item = items[at];

  useEffect(() => {
    // After "Next" or "Back", the new activity's title takes focus, so it is read out.
    if (!moved.current) return;
    moved.current = false;
    document.querySelector<HTMLElement>('.today-card-title')?.focus();
  }, [at]);

  if (!item) return null;
  const go = (next: number) => {
    moved.current = true;
    setIndex(next);
  };
  return (
    <div className="one-at-a-time">
      <p className="family-position">
        {t('family.today.position', { n: at + 1, count: items.length })}
      </p>
      <TodayCard key={item.assignment.id} item={item} today={today} data={data} headingLevel={2} />
      <div className="family-pager">
        {at < items.length - 1 ? (
          <Button className="button primary" onPress={() => go(at + 1)}>
            {t('family.nav.next')}
            <span aria-hidden="true"> ›</span>
          </Button>
        ) : null}
        {at > 0 ? (
          <Button className="button secondary" onPress={() => go(at - 1)}>
            <span aria-hidden="true">‹ </span>
            {t('family.nav.previous')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}

/** The week of every activity running this week, day by day, in marks and words. */
function ThisWeek({ data, today }: { data: FamilyData; today: string }) {
  const { t, language } = useI18n();
  const rows = data.plans.flatMap((plan) =>
    plan.assignments
      .map((a) => ({ plan, assignment: a, progress: weekProgress(a, data.logs, today) }))
      .filter(({ progress }) => progress.days.some((d) => d.state !== 'off')),
  );
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="week-heading" className="section">
      <h2 id="week-heading">{t('family.week.title')}</h2>
      <WeekLegend />
      {rows.map(({ assignment, progress }) => (
        <WeekRow
          key={assignment.id}
          progress={progress}
          title={data.card(assignment.activityId)?.title[language] ?? assignment.activityId}
        />
      ))}
    </section>
  );
}
