import {
  INSTRUMENTS,
  isEligible,
  type InstrumentDefinition,
  type InstrumentId,
  type MessageValues,
} from '@birge/domain';

export interface InstrumentChoice {
  /** Instruments meant for this age, in the registry's order. */
  eligible: InstrumentDefinition[];
  /** The others, so the page can say why they are not offered. */
  other: InstrumentDefinition[];
}

/** Which instruments a person of this age (in whole months, on the day) can be assessed with. */
export function instrumentChoice(
  ageMonths: number,
  definitions: Iterable<InstrumentDefinition> = INSTRUMENTS.values(),
): InstrumentChoice {
  const eligible: InstrumentDefinition[] = [];
  const other: InstrumentDefinition[] = [];
  for (const d of definitions) (isEligible(d, ageMonths) ? eligible : other).push(d);
  return { eligible, other };
}

/** The instrument `?instrument=` asks for, when it is one this person may be given. */
export function preselected(
  choice: InstrumentChoice,
  requested: string | null,
): InstrumentId | null {
  return choice.eligible.find((d) => d.id === requested)?.id ?? null;
}

/**
 * An instrument's ages as the page says them: whole years ("2–4 years", "18 years and over").
 * Definitions state ages in months: 24–59 months is 2 to 4 full years.
 */
export function agesMessage(definition: InstrumentDefinition): {
  key: 'assessment.ages.range' | 'assessment.ages.from';
  values: MessageValues;
} {
  const { minMonths, maxMonths } = definition.ages;
  const min = Math.floor(minMonths / 12);
  return maxMonths === null
    ? { key: 'assessment.ages.from', values: { min } }
    : { key: 'assessment.ages.range', values: { min, max: Math.floor(maxMonths / 12) } };
}
