import { iinCheckDigit, instrumentById, livingConditionsSchema, type Role } from '@birge/domain';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../db/schema.js';
import type { RequestMeta, SessionUser } from '../http/context.js';
import { ProblemError } from '../http/problem.js';
import { hashPassword } from '../modules/auth/passwords.js';
import { countUsers } from '../modules/users/users.repo.js';
import type { Services } from '../services.js';
import { DEMO_ASSESSMENTS } from './demo-assessments.js';
import { DEMO_HOUSEHOLDS } from './demo-households.js';
import { seedDemoPlans } from './demo-plans.js';
import { seedDemoOrganizations } from './demo-organizations-seed.js';
import { seedDemoReferrals } from './demo-referrals.js';
import {
  ALMATY_REGION,
  DEMO_PASSWORD,
  KARASAY_DISTRICT,
  TALGAR_DISTRICT,
  type DemoHousehold,
} from './demo-data.js';

interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  scopes: string[];
  language?: 'kk' | 'ru' | 'en';
}

/** One account per role, named after it, plus `worker2` in another district (README, "Demo accounts"). */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', displayName: 'Әкімші Демо', role: 'admin', scopes: [] },
  {
    username: 'worker',
    displayName: 'Дәметкен Сәрсенбаева',
    role: 'worker',
    scopes: [TALGAR_DISTRICT],
  },
  {
    username: 'worker2',
    displayName: 'Ирина Ковальчук',
    role: 'worker',
    scopes: [KARASAY_DISTRICT],
    language: 'ru',
  },
  {
    username: 'supervisor',
    displayName: 'Бақыт Есенова',
    role: 'supervisor',
    scopes: [TALGAR_DISTRICT],
  },
  {
    username: 'manager',
    displayName: 'Серік Нұрмағанбетов',
    role: 'manager',
    scopes: [ALMATY_REGION],
  },
  // Staff of the Talgar ПМПК (demo-organizations.ts): referrals to it reach this account.
  {
    username: 'provider',
    displayName: 'Гүлмира Жақыпова, Талғар ПМПК',
    role: 'provider',
    scopes: [],
  },
  { username: 'family', displayName: 'Айгүл Сейітқалиева', role: 'family', scopes: [] },
  {
    username: 'committee',
    displayName: 'Талғар қауымдастық комитеті',
    role: 'committee',
    scopes: [TALGAR_DISTRICT],
  },
  {
    username: 'analyst',
    displayName: 'Министрлік талдаушысы',
    role: 'analyst',
    scopes: [ALMATY_REGION],
  },
];

/** A valid IIN for a birth date and sex (domain.md §9), for demo people. */
export function demoIin(birthDate: string, sex: 'male' | 'female', serial: number): string {
  const [year = 0, month, day] = birthDate.split('-');
  const century = Math.floor(Number(year) / 100);
  const digit7 = (century === 18 ? 1 : century === 19 ? 3 : 5) + (sex === 'female' ? 1 : 0);
  for (let s = serial; ; s += 1000) {
    const first11 = `${String(year).slice(2)}${month}${day}${digit7}${String(s % 10000).padStart(4, '0')}`;
    const check = iinCheckDigit(first11);
    if (check !== null) return `${first11}${check}`;
  }
}

const seedMeta = (actor: SessionUser): RequestMeta => ({
  actor,
  ip: null,
  userAgent: 'birge-seed',
  requestId: null,
});

/** Creates a household and its members; returns the members' ids by key. */
async function seedHousehold(
  db: Kysely<DB>,
  services: Services,
  actor: SessionUser,
  h: DemoHousehold,
): Promise<{ householdId: string; members: Map<string, string> }> {
  const living = livingConditionsSchema.parse({
    dwelling: h.dwelling,
    water: h.water,
    sanitation: h.sanitation,
    heating: h.heating,
    electricity: true,
    povertyMarkers: h.povertyMarkers ?? [],
  });
  const household = await services.households.create(
    seedMeta(actor),
    {
      id: uuidv7(),
      placeCode: h.placeCode,
      address: h.address,
      landmark: h.landmark ?? null,
      coordinates: null,
      phone: h.phone ?? null,
      livingConditions: living,
      notes: null,
    },
    'kk',
  );
  const ids = new Map<string, string>();
  for (const m of h.members) {
    const id = uuidv7();
    ids.set(m.key, id);
    const { key: _key, caregivers = [], consent, iinSerial, consentBackdatedTo, ...fields } = m;
    await services.persons.create(seedMeta(actor), {
      ...fields,
      id,
      householdId: household.id,
      iin: iinSerial ? demoIin(m.birthDate, m.sex, iinSerial) : null,
      caregivers: caregivers.map((c) => ({
        personId: ids.get(c.key) ?? '',
        relation: c.relation,
        primary: c.primary ?? false,
        legalRepresentative: c.legal ?? false,
      })),
      ...(consent
        ? {
            consent: {
              ...consent,
              representativePersonId: consent.representativeKey
                ? (ids.get(consent.representativeKey) ?? null)
                : null,
            },
          }
        : {}),
      confirmNotDuplicate: true,
    });
    if (consentBackdatedTo)
      await db
        .updateTable('consents')
        .set({ given_on: consentBackdatedTo.givenOn, expires_on: consentBackdatedTo.expiresOn })
        .where('person_id', '=', id)
        .execute();
  }
  return { householdId: household.id, members: ids };
}

/** The demo screenings and assessments, recorded by the worker who holds each household. */
async function seedAssessments(
  services: Services,
  members: Map<string, { personId: string; actor: SessionUser }>,
): Promise<number> {
  let count = 0;
  for (const a of DEMO_ASSESSMENTS) {
    // Instruments still being written are left out until they are registered.
    if (!instrumentById(a.instrument)) continue;
    const member = members.get(a.member);
    if (!member) throw new Error(`demo member ${a.member} missing`);
    try {
      await services.assessments.create(seedMeta(member.actor), {
        personId: member.personId,
        instrument: a.instrument,
        assessedOn: a.assessedOn,
        answers: a.answers,
        note: a.note ?? null,
      });
    } catch (error) {
      const problems = error instanceof ProblemError ? JSON.stringify(error.options.errors) : '';
      throw new Error(`demo ${a.instrument} of ${a.member} refused: ${String(error)} ${problems}`);
    }
    count++;
  }
  return count;
}

/**
 * Creates the demo accounts and caseload on an empty database. Data goes through the same services
 * as the API, so it is validated, historied and audited like real work.
 */
export async function seedDemo(
  db: Kysely<DB>,
  services: Services,
): Promise<{ accounts: number; households: number } | null> {
  if ((await countUsers(db)) > 0) return null;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const userIds = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    const id = await services.users.create(
      null,
      {
        ...account,
        password: DEMO_PASSWORD,
        language: account.language ?? 'kk',
        householdId: null,
        organizationId: null,
      },
      { demo: true, passwordHash },
    );
    userIds.set(account.username, id);
  }
  const actors = new Map<string, SessionUser>();
  for (const username of ['worker', 'worker2']) {
    const account = DEMO_ACCOUNTS.find((a) => a.username === username);
    const userId = userIds.get(username);
    if (!account || !userId) throw new Error(`demo account ${username} missing`);
    actors.set(username, {
      userId,
      username,
      displayName: account.displayName,
      role: account.role,
      scopes: account.scopes,
      language: 'kk',
      householdId: null,
      organizationId: null,
      isDemo: true,
    });
  }
  const organizationIds = await seedDemoOrganizations(db, services, userIds);
  const householdIds = new Map<string, string>();
  const members = new Map<string, { personId: string; actor: SessionUser }>();
  for (const h of DEMO_HOUSEHOLDS) {
    const actor = actors.get(h.worker);
    if (!actor) throw new Error(`demo worker ${h.worker} missing`);
    const seeded = await seedHousehold(db, services, actor, h);
    householdIds.set(h.key, seeded.householdId);
    for (const [key, personId] of seeded.members) {
      if (members.has(key)) throw new Error(`demo member key ${key} used twice`);
      members.set(key, { personId, actor });
    }
  }
  await seedAssessments(services, members);
  // The family account belongs to the Seitkaliyev household.
  const familyId = userIds.get('family');
  const familyHousehold = householdIds.get('seitkaliyev');
  if (familyId && familyHousehold)
    await db
      .updateTable('users')
      .set({ household_id: familyHousehold })
      .where('id', '=', familyId)
      .execute();
  // Nursultan's plan: in `worker`'s caseload and the family account's household.
  const worker = actors.get('worker');
  if (!worker || !familyId || !familyHousehold) throw new Error('demo worker or family missing');
  await seedDemoPlans(services, {
    worker,
    family: {
      ...worker,
      userId: familyId,
      username: 'family',
      displayName: 'Айгүл Сейітқалиева',
      role: 'family',
      scopes: [],
      householdId: familyHousehold,
    },
    members: new Map([...members].map(([key, m]) => [key, m.personId])),
    householdId: familyHousehold,
  });
  // Referrals of the Talgar caseload to the demo directory (one overdue, in the provider's inbox).
  await seedDemoReferrals(
    services,
    worker,
    new Map([...members].map(([key, m]) => [key, m.personId])),
    organizationIds,
  );
  return { accounts: DEMO_ACCOUNTS.length, households: DEMO_HOUSEHOLDS.length };
}
