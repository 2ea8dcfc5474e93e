import { addYears, yearsBetween } from '@birge/domain';
import type { Member } from './people.js';
import { DAY, isoDate, type Rng } from './rng.js';

/**
 * МСЭ (medical and social assessment) data for a person: status, category by age when it was
 * established, group, dates, cause, ICD-10 codes, and who cares for them — consistent with the
 * rules the API enforces (persons.rules.ts, disabilitySchema).
 */

export interface DisabilityColumns {
  disability_status: 'none' | 'pending' | 'established';
  disability_category: 'adult' | 'child_7_18' | 'child_under_7' | null;
  disability_group: 'I' | 'II' | 'III' | null;
  disability_established_on: string | null;
  disability_review_on: string | null;
  disability_indefinite: boolean;
  disability_cause: string | null;
  icd10: string[];
}

export interface CaregiverPlan {
  member: Member;
  relation: 'mother' | 'father' | 'spouse' | 'child' | 'grandmother' | 'other';
  primary: boolean;
  legal: boolean;
}

const CHILD_CODES = [
  'G80.1',
  'G80.9',
  'Q90.9',
  'F84.0',
  'F70',
  'F71',
  'H90.3',
  'H54.0',
  'Q05.9',
  'G40.9',
];
const ADULT_CODES = [
  'I69.3',
  'E11.5',
  'M17.0',
  'H54.0',
  'H90.3',
  'F20.0',
  'G35',
  'T93.6',
  'I25.2',
  'G40.9',
];

/** Share of people with a disability (established or being assessed), by age. */
function prevalence(age: number): number {
  if (age < 7) return 0.02;
  if (age < 18) return 0.03;
  if (age < 60) return 0.05;
  return 0.1;
}

function category(ageThen: number): 'adult' | 'child_7_18' | 'child_under_7' {
  if (ageThen < 7) return 'child_under_7';
  if (ageThen < 18) return 'child_7_18';
  return 'adult';
}

const EMPTY: DisabilityColumns = {
  disability_status: 'none',
  disability_category: null,
  disability_group: null,
  disability_established_on: null,
  disability_review_on: null,
  disability_indefinite: false,
  disability_cause: null,
  icd10: [],
};

export function disabilityFor(
  rng: Rng,
  member: Member,
  asOfMs: number,
): { columns: DisabilityColumns; caregivers: (members: Member[]) => CaregiverPlan[] } | null {
  if (!rng.chance(prevalence(member.age))) {
    // Workers record "no disability" for some people they have asked.
    return rng.chance(0.1) ? { columns: { ...EMPTY }, caregivers: () => [] } : null;
  }
  if (rng.chance(0.15)) {
    return { columns: { ...EMPTY, disability_status: 'pending' }, caregivers: () => [] };
  }
  const bornMs = Date.parse(`${member.birthDate}T00:00:00Z`);
  const earliest = Math.max(bornMs + 60 * DAY, asOfMs - 10 * 365 * DAY);
  const latest = asOfMs - 30 * DAY;
  const establishedOn = isoDate(earliest + Math.floor(rng.next() * Math.max(0, latest - earliest)));
  const cat = category(yearsBetween(member.birthDate, establishedOn));
  const group =
    cat === 'child_under_7'
      ? null
      : rng.weighted([
          ['I', 15],
          ['II', 45],
          ['III', 40],
        ] as const);
  const indefinite = cat === 'adult' && group !== 'III' && rng.chance(0.35);
  const cause =
    cat === 'adult'
      ? rng.weighted([
          ['general_disease', 60],
          ['since_childhood', 20],
          ['work_injury', 8],
          ['occupational_disease', 4],
          ['military_service', 2],
          ['radiation', 2],
          ['other', 4],
        ] as const)
      : 'since_childhood';
  const codes = rng.sample(cat === 'adult' ? ADULT_CODES : CHILD_CODES, rng.chance(0.7) ? 1 : 2);
  const columns: DisabilityColumns = {
    disability_status: 'established',
    disability_category: cat,
    disability_group: group,
    disability_established_on: establishedOn,
    disability_review_on: indefinite ? null : addYears(establishedOn, rng.pick([1, 2, 5])),
    disability_indefinite: indefinite,
    disability_cause: cause,
    icd10: codes,
  };

  const caregivers = (members: Member[]): CaregiverPlan[] => {
    const adults = members.filter((m) => m !== member && m.age >= 18);
    if (member.age < 18) {
      const parents = adults.filter((m) =>
        member.relation === 'grandchild'
          ? m.relation === 'child' || m.relation === 'other_relative'
          : m.relation === 'head' || m.relation === 'spouse',
      );
      const mother = parents.find((m) => m.sex === 'female');
      const father = parents.find((m) => m.sex === 'male');
      const plans: CaregiverPlan[] = [];
      if (mother) plans.push({ member: mother, relation: 'mother', primary: true, legal: true });
      if (father) plans.push({ member: father, relation: 'father', primary: !mother, legal: true });
      return plans;
    }
    if (group !== 'I' && member.age < 75) return [];
    const spouse = adults.find((m) =>
      member.relation === 'head'
        ? m.relation === 'spouse'
        : member.relation === 'spouse' && m.relation === 'head',
    );
    if (spouse) return [{ member: spouse, relation: 'spouse', primary: true, legal: false }];
    const child = adults.find((m) => m.relation === 'child');
    return child ? [{ member: child, relation: 'child', primary: true, legal: false }] : [];
  };
  return { columns, caregivers };
}
