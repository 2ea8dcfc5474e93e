import {
  addYears,
  livingConditionsSchema,
  normalizeName,
  parseIin,
  personConsentStatus,
  searchKey,
  yearsBetween,
  type ConsentScope,
  type LivingConditions,
} from '@birge/domain';
import type { Insertable } from 'kysely';
import type {
  ConsentsTable,
  HouseholdsTable,
  PersonCaregiversTable,
  PersonsTable,
} from '../../apps/server/src/db/schema.js';
import { demoIin } from '../../apps/server/src/seed/demo.js';
import { disabilityFor } from './disability.js';
import { familyName, LANDMARKS, phone, STREETS, type Ethnicity } from './names.js';
import { householdMembers, householdSizes, type Member } from './people.js';
import { DAY, isoDate, Rng, uuidv7At } from './rng.js';

/**
 * A district caseload: households in real settlements, their members with valid IINs, consents
 * (most valid, some expired, withdrawn or never given) and МСЭ disability data. Rows are filled the
 * way the services fill them, so the API reads them as it reads its own writes.
 */

export type HouseholdRow = Insertable<HouseholdsTable>;
export type PersonRow = Insertable<PersonsTable>;
export type ConsentRow = Insertable<ConsentsTable>;
export type CaregiverRow = Insertable<PersonCaregiversTable>;

export interface Settlement {
  code: string;
  name_kk: string;
  name_ru: string;
  name_en: string | null;
}

export interface DistrictOptions {
  seed: number;
  households: number;
  persons: number;
  settlements: Settlement[];
  /** Worker accounts; each settlement's records are created by one of them. */
  workerIds: string[];
  /** Reference date (ISO): ages, consent validity and record times are relative to it. */
  asOf: string;
  /** How far back records were created, in days. */
  historyDays?: number;
}

export interface DistrictData {
  households: HouseholdRow[];
  persons: PersonRow[];
  consents: ConsentRow[];
  caregivers: CaregiverRow[];
  stats: Record<string, number>;
}

type ConsentPlan = 'valid' | 'expired' | 'withdrawn' | 'missing';

const SCOPE_ORDER = [
  'registration',
  'assessment',
  'sharing_with_services',
  'photos',
  'contact_by_phone',
] as const;

const GUARDIANS = ['Гүлнар', 'Сәуле', 'Роза', 'Майра', 'Галина'] as const;

const NOTES = [
  'Қосымша тексеру қажет',
  'Нуждается в инвалидной коляске',
  'Үйде оқиды',
  'Посещает реабилитационный центр в Талгаре',
  'Есту аппараты қажет',
  'Нуждается в сопровождении при выходе из дома',
] as const;

function livingConditions(rng: Rng, town: boolean): LivingConditions {
  const apartment = town && rng.chance(0.35);
  const floor = apartment ? rng.int(1, 9) : null;
  const markers = rng.chance(0.16)
    ? rng.sample(
        [
          'targeted_social_assistance',
          'income_below_subsistence',
          'no_working_adult',
          'food_insecurity',
          'inadequate_housing',
          'debt_arrears',
        ] as const,
        rng.int(1, 3),
      )
    : [];
  return livingConditionsSchema.parse({
    dwelling: apartment ? 'apartment' : rng.chance(0.97) ? 'house' : 'temporary',
    rooms: rng.int(1, apartment ? 4 : 7),
    floor,
    elevator: floor === null ? null : floor > 5,
    water: apartment
      ? 'piped_indoor'
      : rng.weighted([
          ['piped_indoor', 55],
          ['yard_tap', 30],
          ['well', 10],
          ['delivered', 5],
        ] as const),
    sanitation: apartment || rng.chance(0.5) ? 'indoor_toilet' : 'outdoor_latrine',
    heating: apartment
      ? 'central'
      : rng.weighted([
          ['gas', 55],
          ['coal_wood', 40],
          ['electric', 5],
        ] as const),
    electricity: rng.chance(0.995),
    povertyMarkers: markers,
  });
}

function address(rng: Rng, kazakh: boolean, apartment: boolean): string {
  const [kk, ru] = rng.pick(STREETS);
  const house = rng.int(1, 180);
  if (apartment) {
    const flat = rng.int(1, 120);
    return kazakh ? `${kk} көшесі, ${house}, ${flat} пәтер` : `ул. ${ru}, д. ${house}, кв. ${flat}`;
  }
  return kazakh ? `${kk} көшесі, ${house}` : `ул. ${ru}, ${house}`;
}

/** A representative among the adults of the household for a minor, if there is one. */
function representativeFor(minor: Member, members: Member[]): Member | undefined {
  const adults = members.filter((m) => m !== minor && m.age >= 21);
  if (minor.relation === 'child')
    return adults.find((m) => m.relation === 'head') ?? adults.find((m) => m.relation === 'spouse');
  if (minor.relation === 'grandchild')
    return adults.find((m) => m.relation === 'child' && minor.patronymic.startsWith(m.givenName));
  return adults.find((m) => m.relation === 'head');
}

/**
 * The text the household list searches, as refreshSearchText computes it (members in order; pass
 * family name and patronymic as null for members whose consent does not allow showing them).
 */
export function searchText(
  household: Pick<HouseholdRow, 'address' | 'landmark'>,
  settlement: Settlement,
  members: Pick<PersonRow, 'given_name' | 'family_name' | 'patronymic'>[],
): string {
  return searchKey(
    [
      household.address,
      household.landmark,
      settlement.name_kk,
      settlement.name_ru,
      settlement.name_en,
      ...members.flatMap((p) => [p.given_name, p.family_name, p.patronymic]),
    ]
      .filter(Boolean)
      .join(' '),
  );
}

export function generateDistrict(options: DistrictOptions): DistrictData {
  const rng = new Rng(options.seed);
  const asOfMs = Date.parse(`${options.asOf}T00:00:00Z`);
  const historyMs = (options.historyDays ?? 3 * 365) * DAY;
  const sizes = householdSizes(rng, options.households, options.persons);
  // The district town is larger than the villages.
  const weights = options.settlements.map((s, i) => [i, i === 0 ? 40 : rng.int(1, 8)] as const);
  const out: DistrictData = {
    households: [],
    persons: [],
    consents: [],
    caregivers: [],
    stats: {},
  };
  const count = (key: string) => (out.stats[key] = (out.stats[key] ?? 0) + 1);
  const iins = new Set<string>();
  const step = historyMs / options.households;
  let clock = asOfMs - historyMs;

  for (const size of sizes) {
    const settlementIndex = rng.weighted(weights);
    const settlement = options.settlements[settlementIndex] as Settlement;
    const town = settlementIndex === 0;
    const worker = options.workerIds[settlementIndex % options.workerIds.length] as string;
    const ethnicity: Ethnicity = rng.chance(town ? 0.35 : 0.18) ? 'russian' : 'kazakh';
    const householdMs = Math.max(clock + 1000, clock + Math.floor(rng.next() * 2 * step));
    const householdId = uuidv7At(householdMs, rng);
    const living = livingConditions(rng, town);
    const created = new Date(householdMs);
    const members = householdMembers(rng, size, ethnicity, asOfMs);
    const kazakhAddress = ethnicity === 'kazakh' ? rng.chance(0.75) : rng.chance(0.2);
    const household: HouseholdRow = {
      id: householdId,
      place_code: settlement.code,
      address: address(rng, kazakhAddress, living.dwelling === 'apartment'),
      landmark: rng.chance(town ? 0.2 : 0.45) ? rng.pick(LANDMARKS) : null,
      latitude: rng.chance(0.35) ? 43.3 + (rng.next() - 0.5) * 0.3 : null,
      longitude: null,
      phone: rng.chance(0.65) ? phone(rng) : null,
      living_conditions: JSON.stringify(living),
      in_poverty: living.povertyMarkers.length > 0,
      notes: rng.chance(0.02) ? 'Үй иесі күндіз жұмыста, кешке келу керек' : null,
      search_text: '',
      created_by: worker,
      updated_by: worker,
      created_at: created,
      updated_at: created,
    };
    if (household.latitude !== null) household.longitude = 77.24 + (rng.next() - 0.5) * 0.4;
    out.households.push(household);
    count('households');

    const personIds = new Map<Member, string>();
    const personTimes = new Map<Member, number>();
    let memberMs = householdMs;
    for (const member of members) {
      memberMs += rng.int(30, 240) * 1000;
      const bornMs = Date.parse(`${member.birthDate}T00:00:00Z`);
      // A child born after the household was registered is added some weeks after birth.
      const personMs = bornMs >= memberMs ? bornMs + rng.int(20, 90) * DAY : memberMs;
      const at = Math.min(personMs, asOfMs - 3_600_000);
      personTimes.set(member, at);
      personIds.set(member, uuidv7At(at, rng));
    }
    clock = Math.max(householdMs, memberMs);

    const firstConsent = out.consents.length;
    for (const member of members) {
      const id = personIds.get(member) as string;
      const personMs = personTimes.get(member) as number;
      const personCreated = new Date(personMs);
      const givenOn = isoDate(personMs);
      const r = rng.next();
      let plan: ConsentPlan =
        r < 0.07 ? 'missing' : r < 0.1 ? 'withdrawn' : r < 0.16 ? 'expired' : 'valid';
      if (plan === 'expired' && asOfMs - personMs < 400 * DAY) plan = 'valid';
      const keepsData = plan === 'valid' || plan === 'expired';
      count(`consent_${plan}`);

      const person: PersonRow = {
        id,
        household_id: householdId,
        given_name: member.givenName,
        family_name: keepsData ? member.familyName : null,
        patronymic: keepsData ? member.patronymic : null,
        sex: member.sex,
        birth_date: member.birthDate,
        birth_date_estimated: member.age >= 70 && rng.chance(0.05),
        iin: null,
        relation_to_head: member.relation,
        languages: [],
        phone: null,
        disability_status: null,
        disability_category: null,
        disability_group: null,
        disability_established_on: null,
        disability_review_on: null,
        disability_indefinite: false,
        disability_cause: null,
        icd10: [],
        notes: null,
        name_key: '',
        created_by: worker,
        updated_by: worker,
        created_at: personCreated,
        updated_at: personCreated,
      };
      if (keepsData) {
        if (rng.chance(0.93)) {
          let iin = demoIin(member.birthDate, member.sex, rng.int(0, 9999));
          while (iins.has(iin)) iin = demoIin(member.birthDate, member.sex, rng.int(0, 9999));
          const parsed = parseIin(iin);
          if (!parsed.valid || parsed.birthDate !== member.birthDate || parsed.sex !== member.sex)
            throw new Error(`generated IIN ${iin} does not match ${member.birthDate}`);
          iins.add(iin);
          person.iin = iin;
          count('iin');
        }
        person.languages =
          ethnicity === 'kazakh'
            ? rng
                .weighted([
                  [['kk', 'ru'], 60],
                  [['kk'], 35],
                  [['kk', 'ru', 'en'], 5],
                ] as const)
                .slice()
            : rng.chance(0.7)
              ? ['ru']
              : ['ru', 'kk'];
        if (member.age >= 16 && rng.chance(0.45)) person.phone = phone(rng);
        if (rng.chance(0.03)) person.notes = rng.pick(NOTES);
        const disability = disabilityFor(rng, member, asOfMs);
        if (disability) {
          Object.assign(person, disability.columns);
          count(`disability_${disability.columns.disability_status}`);
          for (const carer of disability.caregivers(members)) {
            out.caregivers.push({
              person_id: id,
              caregiver_id: personIds.get(carer.member) as string,
              relation: carer.relation,
              is_primary: carer.primary,
              is_legal_representative: carer.legal,
            });
            count('caregiver_links');
          }
        }
      }
      person.name_key = normalizeName(`${person.given_name}${person.family_name ?? ''}`);
      out.persons.push(person);
      count('persons');

      if (plan === 'missing') continue;
      const minor = yearsBetween(member.birthDate, givenOn) < 18;
      const representative = minor ? representativeFor(member, members) : undefined;
      const scopes = SCOPE_ORDER.filter(
        (s) =>
          s === 'registration' ||
          rng.chance(
            { assessment: 0.9, sharing_with_services: 0.7, photos: 0.2, contact_by_phone: 0.6 }[s],
          ),
      );
      const method = rng.weighted([
        ['signed_paper', 75],
        ['verbal_witnessed', 15],
        ['electronic', 10],
      ] as const);
      const expiresOn = addYears(givenOn, plan === 'expired' ? 1 : 5);
      const withdrawnMs =
        plan === 'withdrawn' ? personMs + Math.floor(rng.next() * (asOfMs - personMs)) : null;
      out.consents.push({
        id: uuidv7At(personMs + 500, rng),
        person_id: id,
        given_by: minor ? 'representative' : 'self',
        representative_person_id: representative ? (personIds.get(representative) ?? null) : null,
        representative_name:
          minor && !representative
            ? `${rng.pick(GUARDIANS)} ${familyName(member.familyName, 'female')}`
            : null,
        representative_relation: minor
          ? representative
            ? representative.sex === 'female'
              ? 'mother'
              : 'father'
            : 'guardian'
          : null,
        scopes: [...scopes],
        method,
        given_on: givenOn,
        expires_on: expiresOn,
        withdrawn_on: withdrawnMs === null ? null : isoDate(withdrawnMs),
        withdrawal_reason: withdrawnMs === null ? null : 'Келісімін қайтарып алды',
        document_ref:
          method === 'signed_paper' && rng.chance(0.5)
            ? `№ ${rng.int(1, 999)}/${givenOn.slice(0, 4)}`
            : null,
        recorded_by: worker,
        withdrawn_by: withdrawnMs === null ? null : worker,
        created_at: personCreated,
        updated_at: withdrawnMs === null ? personCreated : new Date(withdrawnMs),
      });
      count('consents');
    }

    // Family names and patronymics only of members whose consent is valid on the reference date.
    const shown = out.persons.slice(-members.length).map((p) => {
      const consents = out.consents.slice(firstConsent).filter((c) => c.person_id === p.id);
      const status = personConsentStatus(
        consents.map((c) => ({
          givenBy: c.given_by as 'self' | 'representative',
          scopes: c.scopes as ConsentScope[],
          givenOn: c.given_on,
          expiresOn: c.expires_on,
          withdrawnOn: c.withdrawn_on ?? null,
        })),
        p.birth_date,
        options.asOf,
      );
      return status === 'valid' ? p : { ...p, family_name: null, patronymic: null };
    });
    household.search_text = searchText(household, settlement, shown);
  }
  return out;
}
