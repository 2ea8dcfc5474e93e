import type { HOUSEHOLD_RELATIONS } from '@birge/domain';
import {
  familyName,
  familyStem,
  fatherName,
  givenName,
  patronymic,
  type Ethnicity,
  type Sex,
} from './names.js';
import { DAY, isoDate, type Rng } from './rng.js';

/** Who lives in a household: names, sexes, ages and relations, before any registry detail. */

export type Relation = (typeof HOUSEHOLD_RELATIONS)[number];

export interface Member {
  relation: Relation;
  sex: Sex;
  /** Age in whole years on the reference date. */
  age: number;
  birthDate: string;
  givenName: string;
  familyName: string;
  patronymic: string;
}

/** Household sizes 1–8 with a mean near 3 (rural Almaty Region). */
const SIZE_WEIGHTS = [
  [1, 18],
  [2, 24],
  [3, 22],
  [4, 18],
  [5, 10],
  [6, 5],
  [7, 2],
  [8, 1],
] as const;

/** Sizes for `households` households adding up to exactly `persons` people. */
export function householdSizes(rng: Rng, households: number, persons: number): number[] {
  const sizes: number[] = Array.from({ length: households }, () =>
    rng.weighted<number>(SIZE_WEIGHTS),
  );
  let total = sizes.reduce((a, b) => a + b, 0);
  while (total !== persons) {
    const i = rng.int(0, households - 1);
    const size = sizes[i] ?? 1;
    if (total > persons && size > 1) {
      sizes[i] = size - 1;
      total--;
    } else if (total < persons && size < 8) {
      sizes[i] = size + 1;
      total++;
    }
  }
  return sizes;
}

function birthDate(rng: Rng, age: number, asOfMs: number): string {
  const days = Math.floor(age * 365.25) + rng.int(1, 364);
  return isoDate(asOfMs - days * DAY);
}

const other = (sex: Sex): Sex => (sex === 'male' ? 'female' : 'male');

/**
 * The members of one household, head first: a head, usually a spouse, children, and in larger
 * households a parent of the head or grandchildren.
 */
export function householdMembers(
  rng: Rng,
  size: number,
  ethnicity: Ethnicity,
  asOfMs: number,
): Member[] {
  const stem = familyStem(rng, ethnicity);
  const kazakhStyle = ethnicity === 'kazakh' && rng.chance(0.5);
  const members: Member[] = [];
  const add = (relation: Relation, sex: Sex, age: number, father: string, stemOf = stem) => {
    const clamped = Math.max(0, Math.min(age, 97));
    members.push({
      relation,
      sex,
      age: clamped,
      birthDate: birthDate(rng, clamped, asOfMs),
      givenName: givenName(rng, ethnicity, sex),
      familyName: familyName(stemOf, sex),
      patronymic: patronymic(father, sex, kazakhStyle),
    });
  };

  const single = size === 1;
  const headSex: Sex = rng.chance(single ? 0.55 : 0.22) ? 'female' : 'male';
  const headAge = single ? rng.int(55, 92) : rng.int(22, 78);
  add('head', headSex, headAge, fatherName(rng, ethnicity));
  const head = members[0] as Member;
  if (size === 1) return members;

  const father = headSex === 'male' ? head.givenName : fatherName(rng, ethnicity);
  if (rng.chance(0.85)) {
    const spouseAge = headAge + (headSex === 'male' ? -rng.int(0, 6) : rng.int(0, 6));
    add('spouse', other(headSex), Math.max(18, spouseAge), fatherName(rng, ethnicity));
  }
  const spouse = members.find((m) => m.relation === 'spouse');
  const childFather = headSex === 'male' ? head.givenName : (spouse?.givenName ?? father);

  if (headAge >= 55) {
    // Grown children living with their parents, and their children.
    let grownSon: Member | undefined;
    while (members.length < size) {
      if (!grownSon || rng.chance(0.25)) {
        const sex: Sex = rng.chance(0.7) ? 'male' : 'female';
        add('child', sex, headAge - rng.int(22, 32), childFather);
        const added = members.at(-1);
        if (added?.sex === 'male') grownSon = added;
        continue;
      }
      if (members.length < size && rng.chance(0.3)) {
        add('other_relative', 'female', grownSon.age - rng.int(0, 5), fatherName(rng, ethnicity));
        continue;
      }
      add(
        'grandchild',
        rng.chance(0.5) ? 'male' : 'female',
        rng.int(0, Math.max(0, grownSon.age - 20)),
        grownSon.givenName,
      );
    }
    return members;
  }

  if (size >= 5 && rng.chance(0.5)) {
    const parentSex: Sex = rng.chance(0.7) ? 'female' : 'male';
    add('parent', parentSex, headAge + rng.int(22, 32), fatherName(rng, ethnicity));
  }
  const oldestChild = Math.max(0, Math.min(headAge - 20, 28));
  while (members.length < size) {
    if (rng.chance(0.03)) {
      add('other_relative', 'male', rng.int(10, 30), fatherName(rng, ethnicity));
      continue;
    }
    add('child', rng.chance(0.51) ? 'male' : 'female', rng.int(0, oldestChild), childFather);
  }
  return members;
}
