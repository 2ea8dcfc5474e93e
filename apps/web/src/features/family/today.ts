import {
  addDays,
  isoWeek,
  weekStart,
  type ActivityAssignment,
  type Plan,
  type PracticeLog,
  type PracticeResult,
} from '@birge/domain';

/**
 * What the family sees on a day (docs/decisions/0024): the activities of each active plan's home
 * programme that run that day, how many sessions the frequency asks for, and what was logged.
 * A daily activity asks for its `times` every day; a weekly one asks for one session a day until
 * the week's sessions are done, so "three times a week" is offered every day until it has been
 * done three times. A "not today" answers the rest of that day.
 */

export interface TodayItem {
  plan: Plan;
  assignment: ActivityAssignment;
  /** The day's logs of this activity, oldest first. */
  logs: PracticeLog[];
  /** Sessions offered today: the daily `times`, or one for a weekly activity. */
  wanted: number;
  /** Sessions still to log today; 0 when the day is answered. */
  remaining: number;
  /** For a weekly activity: sessions done this week before today, and how many the week asks. */
  week: { before: number; times: number } | null;
}

export interface TodayPlan {
  /**
   * Activities of the day in the plan's order, answered ones too: a card never moves away from
   * under the finger that just tapped it.
   */
  items: TodayItem[];
  /** Weekly activities whose sessions are all done this week: nothing asked today. */
  enoughThisWeek: TodayItem[];
}

const counts = (result: PracticeResult) => result !== 'not_today';

/** Whether the assignment runs on `day` (inside its dates). */
export function runsOn(assignment: Pick<ActivityAssignment, 'startsOn' | 'endsOn'>, day: string) {
  return assignment.startsOn <= day && day <= assignment.endsOn;
}

export function todayPlan(
  plans: readonly Plan[],
  logs: readonly PracticeLog[],
  today: string,
): TodayPlan {
  const items: TodayItem[] = [];
  const enoughThisWeek: TodayItem[] = [];
  const monday = weekStart(today);
  for (const plan of plans) {
    if (plan.status !== 'active') continue;
    for (const assignment of plan.assignments) {
      if (!runsOn(assignment, today)) continue;
      const mine = logs.filter((l) => l.planId === plan.id && l.assignmentId === assignment.id);
      const todays = mine
        .filter((l) => l.date === today)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      const declined = todays.some((l) => l.result === 'not_today');
      const sessions = todays.filter((l) => counts(l.result)).length;
      const { times, per } = assignment.frequency;
      if (per === 'day') {
        const remaining = declined ? 0 : Math.max(0, times - sessions);
        items.push({ plan, assignment, logs: todays, wanted: times, remaining, week: null });
        continue;
      }
      const before = mine.filter(
        (l) => l.date >= monday && l.date < today && counts(l.result),
      ).length;
      const item: TodayItem = {
        plan,
        assignment,
        logs: todays,
        wanted: 1,
        remaining: todays.length > 0 ? 0 : 1,
        week: { before, times },
      };
      if (before >= times && todays.length === 0) enoughThisWeek.push(item);
      else items.push(item);
    }
  }
  return { items, enoughThisWeek };
}

/** One day of a week as the family's progress row shows it. */
export type DayState = 'done' | 'partly' | 'not_today' | 'none' | 'coming' | 'off';

export interface DayMark {
  date: string;
  /** ISO weekday, Monday = 1. */
  weekday: number;
  state: DayState;
  /** Sessions done or partly done that day. */
  sessions: number;
}

export interface WeekProgress {
  assignmentId: string;
  days: DayMark[];
  done: number;
  partly: number;
  notToday: number;
  /** Sessions the frequency asks for over the assignment's days of this whole week. */
  target: number;
}

/**
 * The week (Monday to Sunday) of one activity, day by day: the best answer of each day (done,
 * then partly, then not today), nothing logged on a past day, days still to come, and days
 * outside the activity's dates. The target is the whole week's, so the family sees what is left.
 */
export function weekProgress(
  assignment: Pick<ActivityAssignment, 'id' | 'frequency' | 'startsOn' | 'endsOn'>,
  logs: readonly Pick<PracticeLog, 'assignmentId' | 'date' | 'result'>[],
  today: string,
): WeekProgress {
  const monday = weekStart(today);
  const week = isoWeek(today);
  const mine = logs.filter((l) => l.assignmentId === assignment.id && isoWeek(l.date) === week);
  const days: DayMark[] = [];
  let runningDays = 0;
  for (let i = 0; i < 7; i++) {
    const date = addDays(monday, i);
    const day = mine.filter((l) => l.date === date);
    const sessions = day.filter((l) => counts(l.result)).length;
    let state: DayState;
    if (!runsOn(assignment, date)) state = 'off';
    else if (day.some((l) => l.result === 'done')) state = 'done';
    else if (day.some((l) => l.result === 'partly')) state = 'partly';
    else if (day.length > 0) state = 'not_today';
    else state = date > today ? 'coming' : 'none';
    if (state !== 'off') runningDays += 1;
    days.push({ date, weekday: i + 1, state, sessions });
  }
  const { times, per } = assignment.frequency;
  const target = per === 'day' ? times * runningDays : Math.min(times, runningDays);
  return {
    assignmentId: assignment.id,
    days,
    done: mine.filter((l) => l.result === 'done').length,
    partly: mine.filter((l) => l.result === 'partly').length,
    notToday: mine.filter((l) => l.result === 'not_today').length,
    target,
  };
}
