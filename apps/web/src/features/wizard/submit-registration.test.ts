import {
  createTranslator,
  type Household,
  type HouseholdInput,
  type Person,
  type PersonInput,
  type PersonUpdate,
} from '@birge/domain';
import { describe, expect, it } from 'vitest';
import { RepositoryError } from '../../data/repository-error.js';
import { submitRegistration, type SubmitContext } from './submit-registration.js';
import {
  newWizardState,
  wizardReducer,
  type WizardAction,
  type WizardState,
} from './wizard-state.js';

const TODAY = '2026-11-25';
const t = createTranslator('kk');

/** Ids in order, as the device would make them. */
function idMaker() {
  let n = 0;
  return () => `01a21223-0000-7000-8000-${String(++n).padStart(12, '0')}`;
}

/** A household with a child (typed first) cared for and represented by their mother. */
function motherAndChild(): WizardState {
  const ids = idMaker();
  let state = newWizardState(ids, TODAY);
  const child = state.members[0]?.key ?? '';
  const mother = ids();
  const apply = (action: WizardAction) => (state = wizardReducer(state, action));
  apply({ type: 'addMember', key: mother, today: TODAY });
  apply({
    type: 'household',
    draft: {
      ...state.household,
      place: { code: '196247600', name: 'Қайнар ауылы', path: [] },
      address: 'Бірлік көшесі, 9',
      povertyMarkers: ['targeted_social_assistance'],
    },
  });
  const [childEntry, motherEntry] = state.members;
  if (!childEntry || !motherEntry) throw new Error('two members expected');
  apply({
    type: 'person',
    key: child,
    draft: {
      ...childEntry.person,
      givenName: 'Нұрлан',
      sex: 'male',
      birthDate: '2020-06-01',
      relationToHead: 'child',
      icd10: 'G80.1',
      caregivers: [
        { personId: mother, relation: 'mother', primary: true, legalRepresentative: true },
      ],
    },
  });
  apply({
    type: 'consent',
    key: child,
    draft: {
      ...childEntry.consent,
      representativePersonId: mother,
      representativeRelation: 'mother',
      method: 'signed_paper',
    },
  });
  apply({
    type: 'person',
    key: mother,
    draft: {
      ...motherEntry.person,
      givenName: 'Айгерім',
      familyName: 'Сейтова',
      sex: 'female',
      birthDate: '1990-04-12',
      relationToHead: 'head',
    },
  });
  apply({
    type: 'consent',
    key: mother,
    draft: { ...motherEntry.consent, method: 'signed_paper' },
  });
  return state;
}

function fakeRepository(refuse?: (input: PersonInput) => Error | null) {
  const calls: { op: string; id: string; body: unknown }[] = [];
  const repository: SubmitContext['repository'] = {
    createHousehold: (input: HouseholdInput) => {
      calls.push({ op: 'createHousehold', id: input.id ?? '', body: input });
      return Promise.resolve({ rev: 1 } as Household);
    },
    updateHousehold: (id: string, update) => {
      calls.push({ op: 'updateHousehold', id, body: update });
      return Promise.resolve({ rev: update.rev + 1 } as Household);
    },
    createPerson: (input: PersonInput) => {
      calls.push({ op: 'createPerson', id: input.id ?? '', body: input });
      const error = refuse?.(input);
      return error ? Promise.reject(error) : Promise.resolve({ rev: 1 } as Person);
    },
    updatePerson: (id: string, update: PersonUpdate) => {
      calls.push({ op: 'updatePerson', id, body: update });
      return Promise.resolve({ rev: update.rev + 1 } as Person);
    },
  };
  return { calls, repository };
}

function run(state: WizardState, repository: SubmitContext['repository']) {
  const events: WizardAction[] = [];
  const outcome = submitRegistration(state, {
    repository,
    t,
    today: TODAY,
    onProgress: (action) => events.push(action),
  });
  return { outcome, events };
}

describe('submitRegistration', () => {
  it('registers the household, then the mother, then the child with her consent', async () => {
    const state = motherAndChild();
    const [child, mother] = state.members.map((m) => m.key);
    const { calls, repository } = fakeRepository();
    const { outcome, events } = run(state, repository);
    await expect(outcome).resolves.toEqual({
      kind: 'done',
      householdId: state.householdId,
      members: 2,
    });
    expect(calls.map((c) => [c.op, c.id])).toEqual([
      ['createHousehold', state.householdId],
      ['createPerson', mother],
      ['createPerson', child],
    ]);
    expect(calls[2]?.body).toMatchObject({
      householdId: state.householdId,
      icd10: ['G80.1'],
      caregivers: [{ personId: mother, relation: 'mother', primary: true }],
      consent: {
        givenBy: 'representative',
        representativePersonId: mother,
        scopes: ['registration'],
      },
      confirmNotDuplicate: false,
    });
    expect(events.map((e) => e.type)).toEqual(['householdSaved', 'personSaved', 'personSaved']);
  });

  it('keeps only the minimal record of a member registered without consent', async () => {
    let state = motherAndChild();
    const mother = state.members[1];
    if (!mother) throw new Error('mother expected');
    state = wizardReducer(state, {
      type: 'consent',
      key: mother.key,
      draft: { ...mother.consent, decision: 'skip' },
    });
    state = wizardReducer(state, {
      type: 'person',
      key: mother.key,
      draft: { ...mother.person, phone: '+7 701 234 56 78' },
    });
    const { calls, repository } = fakeRepository();
    await run(state, repository).outcome;
    const sent = calls.find((c) => c.id === mother.key)?.body as PersonInput;
    expect(sent.consent).toBeUndefined();
    expect(sent).toMatchObject({
      givenName: 'Айгерім',
      familyName: null,
      phone: null,
      languages: [],
    });
  });

  it('continues after a failure without registering anything twice', async () => {
    let state = motherAndChild();
    const [child, mother] = state.members.map((m) => m.key);
    state = wizardReducer(state, { type: 'householdSaved', rev: 1, sent: 'something else' });
    state = wizardReducer(state, { type: 'personSaved', key: mother ?? '', rev: 1 });
    const { calls, repository } = fakeRepository();
    await run(state, repository).outcome;
    // The household changed since it was saved: its changes go as an update.
    expect(calls.map((c) => [c.op, c.id])).toEqual([
      ['updateHousehold', state.householdId],
      ['createPerson', child],
    ]);
  });

  it('asks about a possible duplicate, then sends the confirmation', async () => {
    const state = motherAndChild();
    const child = state.members[0]?.key ?? '';
    const duplicate = RepositoryError.fromBody(409, {
      type: 't',
      title: 'Ұқсас адам бұрын тіркелген болуы мүмкін',
      status: 409,
      code: 'possible_duplicate',
      candidates: [
        { id: 'p', name: 'Нұрлан Ахметов', householdId: 'h', address: 'Абай көшесі, 1' },
      ],
    });
    const refuseChild = (input: PersonInput) =>
      input.id === child && !input.confirmNotDuplicate ? duplicate : null;
    const first = fakeRepository(refuseChild);
    const { outcome, events } = run(state, first.repository);
    await expect(outcome).resolves.toEqual({
      kind: 'duplicate',
      key: child,
      candidates: [
        { id: 'p', name: 'Нұрлан Ахметов', householdId: 'h', address: 'Абай көшесі, 1' },
      ],
    });

    // The worker says "yes, a different person"; the progress so far is kept.
    const confirmed = [...events, { type: 'confirmNotDuplicate', key: child } as const].reduce(
      wizardReducer,
      state,
    );
    const second = fakeRepository(refuseChild);
    await expect(run(confirmed, second.repository).outcome).resolves.toMatchObject({
      kind: 'done',
    });
    expect(second.calls.map((c) => [c.op, c.id])).toEqual([['createPerson', child]]);
    expect(second.calls[0]?.body).toMatchObject({ confirmNotDuplicate: true });
  });

  it('sends refused consent fields back to the consent step of that member', async () => {
    const state = motherAndChild();
    const child = state.members[0]?.key ?? '';
    const invalid = RepositoryError.fromBody(422, {
      type: 't',
      title: 'Енгізілген деректерде қате бар',
      status: 422,
      code: 'validation_failed',
      errors: [
        {
          path: 'consent.representativePersonId',
          code: 'consent.representative_not_in_household',
          message: 'Заңды өкілі осы үй шаруашылығының мүшесі болуы керек',
        },
      ],
    });
    const { repository } = fakeRepository((input) => (input.id === child ? invalid : null));
    const outcome = await run(state, repository).outcome;
    expect(outcome).toEqual({
      kind: 'invalid',
      step: 3,
      errors: {
        household: {},
        members: {
          [child]: {
            'consent.representativePersonId':
              'Заңды өкілі осы үй шаруашылығының мүшесі болуы керек',
          },
        },
        general: null,
        existing: null,
      },
    });
  });

  it('finds mistakes before sending anything', async () => {
    const state = wizardReducer(motherAndChild(), {
      type: 'household',
      draft: { ...motherAndChild().household, address: '' },
    });
    const { calls, repository } = fakeRepository();
    const outcome = await run(state, repository).outcome;
    expect(outcome).toMatchObject({
      kind: 'invalid',
      step: 1,
      errors: { household: { address: 'Толтыру міндетті' } },
    });
    expect(calls).toEqual([]);
  });

  it('lets a lost connection through to the caller, with the progress so far reported', async () => {
    const state = motherAndChild();
    const { repository } = fakeRepository((input) =>
      input.id === state.members[0]?.key ? RepositoryError.network() : null,
    );
    const { outcome, events } = run(state, repository);
    await expect(outcome).rejects.toMatchObject({ code: 'network' });
    expect(events.map((e) => e.type)).toEqual(['householdSaved', 'personSaved']);
  });
});
