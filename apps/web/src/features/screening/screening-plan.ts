import {
  INSTRUMENTS,
  isEligible,
  monthsBetween,
  personConsentStatus,
  screeningInstrumentFor,
  type InstrumentDefinition,
  type InstrumentId,
  type Person,
} from '@birge/domain';

/** What household screening does with one member, and why. */
export type MemberPlan =
  | { kind: 'screen'; personId: string; ageMonths: number; instrument: InstrumentId }
  | {
      kind: 'skip';
      personId: string;
      ageMonths: number;
      /**
       * `under-two`: no screener this young (the developmental checklist instead);
       * `no-consent`: no valid consent to be assessed; `unavailable`: the screener for this age
       * is not on this version of the app.
       */
      reason: 'under-two' | 'no-consent' | 'unavailable';
      /** An instrument to use instead, when there is one for the age. */
      suggestion: InstrumentId | null;
    };

const DEVELOPMENT: InstrumentId = 'development-0-6';

/**
 * Each member's screener by age on the day (screening.ts: CFM 2–4 and 5–17, WG-SS from 18),
 * in the household's order. Members who get none are listed with the reason.
 */
export function screeningPlan(
  persons: readonly Person[],
  today: string,
  registry: ReadonlyMap<InstrumentId, InstrumentDefinition> = INSTRUMENTS,
): MemberPlan[] {
  return persons.map((person): MemberPlan => {
    const ageMonths = monthsBetween(person.birthDate, today);
    const base = { personId: person.id, ageMonths };
    const screener = screeningInstrumentFor(ageMonths);
    if (screener === null) {
      const development = registry.get(DEVELOPMENT);
      const suggestion = development && isEligible(development, ageMonths) ? DEVELOPMENT : null;
      return { ...base, kind: 'skip', reason: 'under-two', suggestion };
    }
    if (!registry.has(screener))
      return { ...base, kind: 'skip', reason: 'unavailable', suggestion: null };
    if (personConsentStatus(person.consents, person.birthDate, today, 'assessment') !== 'valid')
      return { ...base, kind: 'skip', reason: 'no-consent', suggestion: null };
    return { ...base, kind: 'screen', instrument: screener };
  });
}

/** What a screened member's result means for the worker. */
export interface ScreeningOutcome {
  personId: string;
  positive: boolean | null;
  /** Functional difficulty found and no МСЭ disability status established: tell the family how to apply. */
  withoutMse: boolean;
  /** Deeper assessments for this age: every eligible instrument that is not a screener. */
  deeper: InstrumentId[];
}

export function screeningOutcome(
  person: Pick<Person, 'id' | 'disability'>,
  ageMonths: number,
  positive: boolean | null,
  registry: ReadonlyMap<InstrumentId, InstrumentDefinition> = INSTRUMENTS,
): ScreeningOutcome {
  const deeper = [...registry.values()]
    .filter((d) => !d.screensPositive && isEligible(d, ageMonths))
    .map((d) => d.id);
  return {
    personId: person.id,
    positive,
    withoutMse: positive === true && person.disability?.status !== 'established',
    deeper,
  };
}
