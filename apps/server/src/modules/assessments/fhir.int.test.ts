import {
  monthsBetween,
  todayIso,
  type Answer,
  type Assessment,
  type InstrumentDefinition,
  type Person,
} from '@birge/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentInput, householdInput, personInput, PLACES } from '../../test/factories.js';
import {
  createTestApp,
  engines,
  expectStatus,
  type TestApp,
  type TestUser,
} from '../../test/harness.js';
import { completeAnswers, definitions, fhirSchemaErrors } from './assessments.test-support.js';

interface Coding {
  system: string;
  code: string;
}
interface Resource {
  resourceType: string;
  [key: string]: unknown;
}
interface Bundle {
  resourceType: 'Bundle';
  type: string;
  entry: { fullUrl?: string; resource: Resource }[];
}
interface Observation extends Resource {
  status: string;
  code: { coding: Coding[] };
  valueInteger?: number;
  valueBoolean?: boolean;
  valueQuantity?: { value: number };
  valueString?: string;
  dataAbsentReason?: { coding: Coding[] };
  component?: { code: { coding: Coding[] } }[];
}

/** A birth date that makes the person `months` old today. */
function bornMonthsAgo(months: number): string {
  const [y = 0, m = 1, d = 1] = todayIso().split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const date = `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${String(Math.min(d, 28)).padStart(2, '0')}`;
  if (monthsBetween(date, todayIso()) !== months) throw new Error(`age arithmetic: ${date}`);
  return date;
}

/** An age inside the instrument's range, a few months past its start. */
const ageFor = (def: InstrumentDefinition) =>
  Math.min(def.ages.minMonths + 7, def.ages.maxMonths ?? Infinity);

describe.each(engines())('assessments as FHIR, on %s', (engine) => {
  let t: TestApp;
  let worker: TestUser;
  let householdId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    worker = await t.user('worker', 'worker', [PLACES.talgarDistrict]);
    const h = householdInput();
    await t.created(worker, '/api/v1/households', h);
    householdId = h.id;
  });
  afterAll(() => t.close());

  async function personOfAge(months: number): Promise<Person> {
    const birthDate = bornMonthsAgo(months);
    const minor = months < 18 * 12;
    return t.created<Person>(
      worker,
      '/api/v1/persons',
      personInput(householdId, {
        birthDate,
        iin: null,
        relationToHead: minor ? 'child' : 'head',
        confirmNotDuplicate: true,
        consent: minor
          ? consentInput({
              givenBy: 'representative',
              representativeName: 'Сәуле Ахметова',
              representativeRelation: 'mother',
            })
          : consentInput({ givenOn: todayIso(), expiresOn: '2099-01-01' }),
      }),
    );
  }

  async function bundleOf(assessment: Assessment, language = 'en') {
    const res = await t.request(worker, {
      method: 'GET',
      url: `/api/v1/assessments/${assessment.id}/fhir`,
      headers: { 'accept-language': language },
    });
    expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
    return expectStatus<Bundle>(res, 200);
  }

  describe.each(definitions().map((d) => [d.id, d] as const))('%s', (id, def) => {
    it('an assessment is a Bundle of its QuestionnaireResponse and score Observations that validates', async () => {
      const person = await personOfAge(ageFor(def));
      const answers = completeAnswers(def, ageFor(def), (codes: Answer[]) => codes.at(-1));
      const assessment = await t.created<Assessment>(worker, '/api/v1/assessments', {
        personId: person.id,
        instrument: id,
        assessedOn: todayIso(),
        answers,
      });
      expect(assessment.status).toBe('complete');
      const bundle = await bundleOf(assessment);
      expect(fhirSchemaErrors(bundle)).toEqual([]);
      expect(bundle.type).toBe('collection');
      const [first, ...rest] = bundle.entry;
      expect(first?.fullUrl).toBe(`urn:uuid:${assessment.id}`);
      expect(first?.resource).toMatchObject({
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        questionnaire: `https://birge.kz/fhir/Questionnaire/${id}|${def.version}`,
        subject: { reference: `Patient/${person.id}` },
        authored: assessment.assessedOn,
      });
      const linkIds = JSON.stringify(first?.resource).match(/"linkId":"[^"]+"/g) ?? [];
      for (const item of Object.keys(assessment.answers))
        expect(linkIds).toContain(`"linkId":"${item}"`);
      const observations = rest.map((e) => e.resource as Observation);
      expect(observations.map((o) => o.code.coding[0]?.code)).toEqual(
        def.scores.map((s) => `${id}.${s.name}`),
      );
      for (const o of observations) {
        expect(o).toMatchObject({
          resourceType: 'Observation',
          status: 'final',
          subject: { reference: `Patient/${person.id}` },
        });
        expect(o.code.coding[0]?.system).toBe('https://birge.kz/fhir/CodeSystem/scores');
        const name = o.code.coding[0]?.code.slice(id.length + 1) ?? '';
        const value = assessment.scores[name];
        if (value === null) expect(o.dataAbsentReason).toBeDefined();
        else if (typeof value === 'number')
          expect(o.valueInteger ?? o.valueQuantity?.value).toBe(value);
        else if (typeof value === 'boolean') expect(o.valueBoolean).toBe(value);
        else if (typeof value === 'object') expect(o.component).toBeDefined();
      }
    });
  });

  it('a draft is in progress, its missing scores absent with a reason, in the request’s language', async () => {
    const person = await personOfAge(30 * 12);
    const draft = await t.created<Assessment>(worker, '/api/v1/assessments', {
      personId: person.id,
      instrument: 'wg-ss',
      assessedOn: todayIso(),
      answers: { seeing: 2, hearing: 'dont_know' },
    });
    const bundle = await bundleOf(draft, 'kk');
    expect(fhirSchemaErrors(bundle)).toEqual([]);
    const response = bundle.entry[0]?.resource;
    expect(response).toMatchObject({ status: 'in-progress', language: 'kk' });
    expect(JSON.stringify(response)).toContain('"code":"asked-unknown"');
    const observations = bundle.entry.slice(1).map((e) => e.resource as Observation);
    expect(observations.map((o) => o.status)).toEqual([
      'preliminary',
      'preliminary',
      'preliminary',
      'preliminary',
    ]);
    // disability1 is 1 (some difficulty seeing); the others cannot be known without hearing.
    expect(observations[0]?.valueInteger).toBe(1);
    for (const o of observations.slice(1))
      expect(o.dataAbsentReason?.coding[0]).toEqual({
        system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason',
        code: 'unknown',
      });
    // Another district's worker gets no FHIR copy either.
    const other = await t.user('other', 'worker', [PLACES.karasayDistrict]);
    expect(
      (await t.request(other, { method: 'GET', url: `/api/v1/assessments/${draft.id}/fhir` }))
        .statusCode,
    ).toBe(404);
  });
});
