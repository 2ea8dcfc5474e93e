import { sessionsPerDay, type ActivityAssignment } from './assignment.schema.js';
import { addDays, daysBetween, isoWeek, weekStart } from './dates.js';
import type { PracticeResult, WeekAdherence } from './practice.schema.js';

/**
 * Adherence to the home programme, per assignment and ISO week: sessions done over sessions the
 * frequency asks for. A `partly` counts as half a session: the family did some of it, and
 * counting it whole would hide a pattern the worker should talk about, while counting it as
 * nothing would discourage honest logging. Weeks cut by the assignment's dates, or by today
 * for the current week, ask for a share of the sessions (3 a week over 4 days asks for 12/7).
 * Adherence is capped at 1: extra practice does not make up for a missed week.
 */

export const PRACTICE_SESSION_VALUE: Record<PracticeResult, number> = {
  done: 1,
  partly: 0.5,
  not_today: 0,
};

export interface PracticeFact {
  assignmentId: string;
  date: string;
  result: PracticeResult;
}

export function weeklyAdherence(
  assignment: Pick<ActivityAssignment, 'id' | 'activityId' | 'frequency' | 'startsOn' | 'endsOn'>,
  logs: readonly PracticeFact[],
  today: string,
): WeekAdherence[] {
  const last = assignment.endsOn < today ? assignment.endsOn : today;
  if (last < assignment.startsOn) return [];
  const perDay = sessionsPerDay(assignment.frequency);
  const weeks: WeekAdherence[] = [];
  const byWeek = new Map<string, WeekAdherence>();
  for (let monday = weekStart(assignment.startsOn); monday <= last; monday = addDays(monday, 7)) {
    const from = monday < assignment.startsOn ? assignment.startsOn : monday;
    const sunday = addDays(monday, 6);
    const to = sunday < last ? sunday : last;
    const week: WeekAdherence = {
      assignmentId: assignment.id,
      activityId: assignment.activityId,
      week: isoWeek(monday),
      weekStart: monday,
      sessions: 0,
      expected: perDay * (daysBetween(from, to) + 1),
      adherence: null,
      done: 0,
      partly: 0,
      notToday: 0,
    };
    weeks.push(week);
    byWeek.set(week.week, week);
  }
  for (const log of logs) {
    if (log.assignmentId !== assignment.id || log.date > today) continue;
    const week = byWeek.get(isoWeek(log.date));
    if (!week) continue;
    week.sessions += PRACTICE_SESSION_VALUE[log.result];
    if (log.result === 'done') week.done += 1;
    else if (log.result === 'partly') week.partly += 1;
    else week.notToday += 1;
  }
  for (const week of weeks)
    week.adherence = week.expected > 0 ? Math.min(1, week.sessions / week.expected) : null;
  return weeks;
}

/** Adherence of every assignment of a plan, assignment by assignment, week by week. */
export function planAdherence(
  assignments: readonly Pick<
    ActivityAssignment,
    'id' | 'activityId' | 'frequency' | 'startsOn' | 'endsOn'
  >[],
  logs: readonly PracticeFact[],
  today: string,
): WeekAdherence[] {
  return assignments.flatMap((a) => weeklyAdherence(a, logs, today));
}
