import { isoWeekday, type Frequency, type PracticeResult, type Translate } from '@birge/domain';

/** Words the family's pages share: how often, what was logged, the day of the week. */

export function frequencyWords(frequency: Frequency, t: Translate): string {
  return frequency.per === 'day'
    ? t('family.frequency.day', { times: frequency.times })
    : t('family.frequency.week', { times: frequency.times });
}

export const RESULT_KEY = {
  done: 'family.practice.done',
  partly: 'family.practice.partly',
  not_today: 'family.practice.notToday',
} as const satisfies Record<PracticeResult, string>;

export function resultWords(result: PracticeResult, t: Translate): string {
  return t(RESULT_KEY[result]);
}

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** The ICU select value of an ISO weekday (Monday = 1). */
export function weekdayKey(weekday: number): (typeof WEEKDAYS)[number] {
  return WEEKDAYS[(weekday - 1 + 7) % 7] ?? 'sun';
}

/** "Wednesday" for an ISO date: named from our catalogue (browsers lack Kazakh day names). */
export function weekdayName(date: string, t: Translate): string {
  return t('family.weekday', { day: weekdayKey(isoWeekday(date)) });
}
