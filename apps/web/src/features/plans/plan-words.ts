import {
  cbrElementById,
  gasLevelName,
  roundTScore,
  type Activity,
  type Frequency,
  type GasLevel,
  type GasLevelName,
  type Language,
  type PlanStatus,
  type Responsible,
  type Translate,
} from '@birge/domain';

/** Words the plan pages share: levels, statuses, frequencies, CBR elements, who is responsible. */

export const LEVEL_KEY = {
  muchLess: 'gas.level.much_less',
  somewhatLess: 'gas.level.somewhat_less',
  expected: 'gas.level.expected',
  somewhatMore: 'gas.level.somewhat_more',
  muchMore: 'gas.level.much_more',
} as const satisfies Record<GasLevelName, string>;

/** "+1", "0", "−2": the sign is a real minus, as people write it. */
export function levelNumber(level: number): string {
  if (level > 0) return `+${level}`;
  if (level < 0) return `−${Math.abs(level)}`;
  return '0';
}

/** "+1 · Somewhat more than expected" */
export function levelWords(level: GasLevel, t: Translate): string {
  return `${levelNumber(level)} · ${t(LEVEL_KEY[gasLevelName(level)])}`;
}

export function isGasLevelValue(value: number): value is GasLevel {
  return Number.isInteger(value) && value >= -2 && value <= 2;
}

export type Tone = 'good' | 'warn' | 'bad' | 'neutral' | 'info';

export const STATUS_TONE: Record<PlanStatus, Tone> = {
  draft: 'info',
  active: 'good',
  completed: 'neutral',
  cancelled: 'bad',
};

export function frequencyWords(frequency: Frequency, t: Translate): string {
  return frequency.per === 'day'
    ? t('plan.frequency.day', { times: frequency.times })
    : t('plan.frequency.week', { times: frequency.times });
}

export function elementNames(ids: readonly string[], language: Language): string {
  return ids.map((id) => cbrElementById(id)?.name[language] ?? id).join(', ');
}

export function responsibleWords(
  r: Responsible,
  memberName: (id: string) => string,
  t: Translate,
): string {
  switch (r.kind) {
    case 'household_member':
      return `${memberName(r.personId)} (${t('plan.responsible.household_member')})`;
    case 'worker':
      return t('plan.responsible.worker');
    case 'service':
      return `${r.name} (${t('plan.responsible.service')})`;
  }
}

/**
 * A number with the language's decimal mark, written out: Kazakh and Russian use a comma. (The
 * Chromium builds we test have no Kazakh number data and would print a point, decision 0010.)
 */
export function decimal(value: number, language: Language, digits?: number): string {
  const text = digits === undefined ? String(value) : value.toFixed(digits);
  return language === 'en' ? text : text.replace('.', ',');
}

/** A T-score as shown: one decimal (the domain's rounding), the language's decimal mark. */
export function tScoreText(value: number | null, language: Language, t: Translate): string {
  if (value === null) return t('plan.review.noScore');
  return decimal(roundTScore(value), language, 1);
}

/** A card's title in the interface language; the id when the library does not hold it. */
export function activityTitle(
  activities: readonly Activity[] | undefined,
  id: string,
  language: Language,
): string {
  return activities?.find((a) => a.id === id)?.title[language] ?? id;
}

export type Rating = 0 | 1 | 2 | 3;
/** An importance or difficulty rating as its message key's last part (0–3). */
export function rating(value: number): Rating {
  return value <= 0 ? 0 : value >= 3 ? 3 : value === 1 ? 1 : 2;
}
