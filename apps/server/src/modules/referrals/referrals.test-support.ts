import type { OrganizationType, Person, ReferralInput } from '@birge/domain';
import { v7 as uuidv7 } from 'uuid';
import { consentInput, PLACES } from '../../test/factories.js';
import type { TestApp, TestUser } from '../../test/harness.js';
import { planHousehold } from '../plans/plans.test-support.js';

/** An organization of the directory, written straight to its table (the directory API is elsewhere). */
export async function organization(
  t: TestApp,
  name: string,
  type: OrganizationType = 'rehabilitation_centre',
  placeCode: string = PLACES.talgarTown,
): Promise<string> {
  const id = uuidv7();
  await t.database.db
    .insertInto('organizations')
    .values({
      id,
      name,
      names: JSON.stringify({ ru: `${name} (ru)` }),
      sector: type === 'pmpk' ? 'education' : 'health',
      type,
      place_code: placeCode,
      address: 'Қонаев көшесі, 12',
      phone: '+7 727 000 11 22',
      languages: ['kk', 'ru'],
      services: ['health.rehabilitation', 'education.primary'],
      accessibility: ['ramp'],
      search_text: name.toLowerCase(),
      updated_at: new Date(),
    })
    .execute();
  return id;
}

/** A `provider` account working for `organizationId` (or for none). */
export async function provider(
  t: TestApp,
  username: string,
  organizationId: string | null,
): Promise<TestUser> {
  const user = await t.user(username, 'provider');
  await t.database.db
    .updateTable('users')
    .set({ organization_id: organizationId })
    .where('id', '=', user.id)
    .execute();
  return user;
}

/**
 * The plan household (a mother and her child of seven) where the child's consent, given by the
 * mother, includes sharing with services; the mother's does not.
 */
export async function referralHousehold(t: TestApp, worker: TestUser, placeCode?: string) {
  const family = await planHousehold(t, worker, placeCode);
  await t.created(worker, `/api/v1/persons/${family.child.id}/consents`, {
    ...consentInput({
      givenBy: 'representative',
      representativePersonId: family.mother.id,
      representativeRelation: 'mother',
    }),
    scopes: ['registration', 'assessment', 'sharing_with_services'],
    givenOn: '2026-02-01',
  });
  return family;
}

export function referralInput(
  person: Person,
  organizationId: string,
  overrides: Partial<ReferralInput> = {},
): ReferralInput {
  return {
    personId: person.id,
    organizationId,
    reason: 'Баланы оңалту орталығына физиотерапевтің қарауына жіберу: отыру мен жүруді үйрену',
    elements: ['health.rehabilitation'],
    urgency: 'soon',
    shared: [],
    sentOn: '2026-03-02',
    note: null,
    ...overrides,
  };
}

/** Rows a referral write touches, to prove a refusal changed nothing. */
export async function referralCounts(t: TestApp) {
  const db = t.database.db;
  const count = async (table: 'referrals' | 'referral_events' | 'record_history') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select(db.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    referrals: await count('referrals'),
    events: await count('referral_events'),
    history: await count('record_history'),
  };
}
