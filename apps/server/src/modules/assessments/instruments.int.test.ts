import { scoreAnswers, type Answer, type Problem } from '@birge/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLACES } from '../../test/factories.js';
import {
  createTestApp,
  engines,
  expectStatus,
  type TestApp,
  type TestUser,
} from '../../test/harness.js';
import { completeAnswers, definitions, fhirSchemaErrors } from './assessments.test-support.js';
import type { InstrumentSummary, InstrumentView } from './instruments.view.js';

interface ScoreResponse {
  instrument: string;
  version: string;
  scores: Record<string, unknown>;
}

interface FhirItem {
  linkId: string;
  type: string;
  text?: string;
  _text?: { extension: { url: string; extension: { url: string }[] }[] };
  item?: FhirItem[];
  enableWhen?: { question: string; operator: string; answerCoding?: { code: string } }[];
  enableBehavior?: string;
  extension?: { url: string }[];
  answerOption?: { valueCoding: { system: string; code: string } }[];
}

const flatten = (items: FhirItem[] = []): FhirItem[] =>
  items.flatMap((i) => [i, ...flatten(i.item)]);

describe.each(engines())('instruments, on %s', (engine) => {
  let t: TestApp;
  let worker: TestUser;
  let analyst: TestUser;

  beforeAll(async () => {
    t = await createTestApp(engine);
    worker = await t.user('worker', 'worker', [PLACES.talgarDistrict]);
    analyst = await t.user('analyst', 'analyst', [PLACES.almatyRegion]);
  });
  afterAll(() => t.close());

  const score = (id: string, payload: Record<string, unknown>, user: TestUser | null = worker) =>
    t.request(user, {
      method: 'POST',
      url: `/api/v1/instruments/${id}/score`,
      headers: { 'accept-language': 'en' },
      payload,
    });

  it('lists every registered instrument in the request’s language', async () => {
    const list = expectStatus<{ items: InstrumentSummary[] }>(
      await t.request(worker, {
        method: 'GET',
        url: '/api/v1/instruments',
        headers: { 'accept-language': 'ru' },
      }),
      200,
    );
    expect(list.items.map((i) => i.id)).toEqual(definitions().map((d) => d.id));
    for (const def of definitions()) {
      const item = list.items.find((i) => i.id === def.id);
      expect(item).toMatchObject({
        version: def.version,
        title: def.title.ru,
        respondent: def.respondent,
        ages: def.ages,
        items: def.items.map((i) => i.id),
        scores: def.scores.map((s) => s.name),
      });
    }
    expect(
      expectStatus<Problem>(
        await t.request(null, { method: 'GET', url: '/api/v1/instruments' }),
        401,
      ).code,
    ).toBe('unauthorized');
  });

  it('shows a definition without its functions; an unknown instrument is 404', async () => {
    const view = expectStatus<InstrumentView>(
      await t.request(worker, {
        method: 'GET',
        url: '/api/v1/instruments/wg-ss',
        headers: { 'accept-language': 'en' },
      }),
      200,
    );
    expect(view.items.map((i) => i.id)).toEqual([
      'seeing',
      'hearing',
      'walking',
      'cognition',
      'selfcare',
      'communication',
    ]);
    expect(view.scales[0]?.options.map((o) => o.code)).toEqual([1, 2, 3, 4]);
    expect(view.items[0]?.text).toBe('Do you have difficulty seeing, even if wearing glasses?');
    const missing = expectStatus<Problem>(
      await t.request(worker, { method: 'GET', url: '/api/v1/instruments/phq-9' }),
      404,
    );
    expect(missing.errors?.map((e) => e.code)).toEqual(['instrument.not_found']);
  });

  describe.each(definitions().map((d) => [d.id, d] as const))('scorer: %s', (id, def) => {
    it('scores a complete answer set exactly as the engine, for any signed-in role', async () => {
      const ageMonths = def.ages.minMonths;
      const picks = [(codes: Answer[]) => codes[0], (codes: Answer[]) => codes.at(-1)];
      for (const pick of picks) {
        const answers = completeAnswers(def, ageMonths, pick);
        const result = expectStatus<ScoreResponse>(await score(id, { answers, ageMonths }), 200);
        expect(result).toEqual({
          instrument: id,
          version: def.version,
          scores: JSON.parse(JSON.stringify(scoreAnswers(def, answers, { ageMonths }))),
        });
        expect(Object.keys(result.scores).sort()).toEqual(def.scores.map((s) => s.name).sort());
      }
      expect((await score(id, { answers: {} }, analyst)).statusCode).toBe(200);
      expect((await score(id, { answers: {} }, null)).statusCode).toBe(401);
    });

    it('refuses unknown items, codes off the scale and ages outside the instrument', async () => {
      const first = def.items[0]?.id ?? '';
      const problem = expectStatus<Problem>(
        await score(id, { answers: { [first]: 9999, nonsense: 1 } }),
        422,
      );
      expect(problem.errors?.map(({ path, code }) => ({ path, code }))).toEqual([
        { path: `answers.${first}`, code: 'instrument.answer_out_of_scale' },
        { path: 'answers.nonsense', code: 'instrument.unknown_item' },
      ]);
      const tooOld = def.ages.maxMonths === null ? null : def.ages.maxMonths + 1;
      const outside = tooOld ?? (def.ages.minMonths > 0 ? def.ages.minMonths - 1 : null);
      if (outside !== null) {
        const age = expectStatus<Problem>(
          await score(id, { answers: {}, ageMonths: outside }),
          422,
        );
        expect(age.errors?.map((e) => [e.path, e.code])).toEqual([
          ['ageMonths', 'instrument.age_out_of_range'],
        ]);
      }
    });

    it('is a FHIR R4 Questionnaire that validates against the official schema', async () => {
      const res = await t.request(worker, {
        method: 'GET',
        url: `/api/v1/instruments/${id}/fhir`,
        headers: { 'accept-language': 'ru' },
      });
      expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
      const questionnaire = expectStatus<{
        resourceType: string;
        url: string;
        version: string;
        status: string;
        title: string;
        item: FhirItem[];
      }>(res, 200);
      expect(fhirSchemaErrors(questionnaire)).toEqual([]);
      // The validator does find mistakes: a status FHIR does not know, a property it does not have.
      expect(fhirSchemaErrors({ ...questionnaire, status: 'published' })).not.toEqual([]);
      expect(fhirSchemaErrors({ ...questionnaire, itemCount: 3 })).not.toEqual([]);
      expect(questionnaire).toMatchObject({
        resourceType: 'Questionnaire',
        url: `https://birge.kz/fhir/Questionnaire/${id}`,
        version: def.version,
        status: 'active',
        title: def.title.ru,
      });
      const items = flatten(questionnaire.item);
      const questions = items.filter((i) => i.type === 'choice');
      expect(questions.map((q) => q.linkId)).toEqual(def.items.map((i) => i.id));
      for (const q of questions) {
        const item = def.items.find((i) => i.id === q.linkId);
        expect(q.text).toBe(item?.text.ru);
        const langs = q._text?.extension.map((e) => e.extension[0]);
        expect(langs).toEqual([
          { url: 'lang', valueCode: 'kk' },
          { url: 'lang', valueCode: 'en' },
        ]);
        const scale = def.scales.find((s) => s.id === item?.scale);
        expect(q.answerOption?.map((o) => o.valueCoding.code)).toEqual([
          ...(scale?.options.map((o) => String(o.code)) ?? []),
          'asked-unknown',
          'asked-declined',
        ]);
        // Skip rules are stated as FHIR enableWhen where FHIR can say them, else in an extension.
        const when = item?.when;
        if (!when) expect(q.enableWhen).toBeUndefined();
        else if ('item' in when) {
          expect(q.enableWhen?.length).toBeGreaterThan(0);
          for (const e of q.enableWhen ?? []) {
            expect(e).toMatchObject({ question: when.item, operator: '=' });
            expect(when.in.map(String)).toContain(e.answerCoding?.code);
          }
        } else if ('not' in when && 'item' in when.not) {
          expect(q.enableBehavior).toBe('any');
          expect(q.enableWhen?.[0]).toEqual({
            question: when.not.item,
            operator: 'exists',
            answerBoolean: false,
          });
          const codes = q.enableWhen?.slice(1).map((e) => e.answerCoding?.code);
          for (const code of when.not.in) expect(codes).not.toContain(String(code));
          expect(codes).toContain('asked-unknown');
        } else if (!q.enableWhen)
          // Said in FHIRPath for SDC renderers, and kept whole as JSON.
          expect(q.extension?.map((e) => e.url)).toContain(
            'https://birge.kz/fhir/StructureDefinition/enable-condition',
          );
      }
    });
  });

  it('scores WG-SS identifiers with the missing-data rule', async () => {
    const none = { seeing: 1, hearing: 1, walking: 1, cognition: 1, selfcare: 1, communication: 1 };
    const cases: [Record<string, unknown>, Record<string, number | null>][] = [
      [none, { disability1: 0, disability2: 0, disability3: 0, disability4: 0 }],
      [
        { ...none, hearing: 2, cognition: 2 },
        { disability1: 1, disability2: 1, disability3: 0, disability4: 0 },
      ],
      [
        { ...none, walking: 4 },
        { disability1: 1, disability2: 1, disability3: 1, disability4: 1 },
      ],
      [
        { ...none, selfcare: 'dont_know' },
        { disability1: null, disability2: null, disability3: null, disability4: null },
      ],
      [{}, { disability1: null, disability2: null, disability3: null, disability4: null }],
    ];
    for (const [answers, scores] of cases)
      expect(expectStatus<ScoreResponse>(await score('wg-ss', { answers }), 200).scores).toEqual(
        scores,
      );
    expect((await score('phq-9', { answers: {} })).statusCode).toBe(404);
  });

  it('documents every instrument’s item ids and score names in OpenAPI', async () => {
    const doc = expectStatus<{
      paths: Record<string, Record<string, { description?: string }>>;
    }>(await t.request(null, { method: 'GET', url: '/api/v1/openapi.json' }), 200);
    const description = doc.paths['/api/v1/instruments/{id}/score']?.post?.description ?? '';
    for (const def of definitions()) {
      expect(description).toContain(`\`${def.id}\``);
      for (const item of def.items) expect(description).toContain(`\`${item.id}\``);
      for (const s of def.scores) expect(description).toContain(`\`${s.name}\``);
    }
    for (const name of [
      'seeing',
      'hearing',
      'walking',
      'cognition',
      'selfcare',
      'communication',
      'disability1',
      'disability2',
      'disability3',
      'disability4',
    ])
      expect(description).toContain(`\`${name}\``);
    const ids = definitions().map((d) => d.id);
    if (ids.includes('whodas-12'))
      for (const name of ['s1', 's12', 'simple', 'summary'])
        expect(description).toContain(`\`${name}\``);
    if (ids.includes('cfm-5-17'))
      for (const name of ['functionalDifficulty', 'domains'])
        expect(description).toContain(`\`${name}\``);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/assessments',
        '/api/v1/assessments/{id}',
        '/api/v1/assessments/{id}/fhir',
        '/api/v1/instruments',
        '/api/v1/instruments/{id}',
        '/api/v1/instruments/{id}/fhir',
      ]),
    );
  });
});
