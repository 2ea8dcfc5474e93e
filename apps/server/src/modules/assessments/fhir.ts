import {
  LANGUAGES,
  type Assessment,
  type Condition,
  type InstrumentDefinition,
  type InstrumentItem,
  type Language,
  type LocalText,
  type MissingAnswer,
  type ScoreValue,
} from '@birge/domain';
import { z } from 'zod';

/**
 * Instruments as FHIR R4 Questionnaires and assessments as QuestionnaireResponses with their
 * scores as Observations (issue 4; docs/decisions/0018). Built from the same definitions the
 * engine scores with; checked in tests against the official FHIR R4 JSON schema.
 */

type Json = Record<string, unknown>;
export type FhirResource = Json & { resourceType: string };

export const FHIR_JSON = 'application/fhir+json; charset=utf-8';
/** What the routes declare: a FHIR resource, written as built. */
export const fhirResourceSchema = z.looseObject({ resourceType: z.string() });

const BASE = 'https://birge.kz/fhir';
export const SCORE_SYSTEM = `${BASE}/CodeSystem/scores`;
const CONDITION_EXTENSION = `${BASE}/StructureDefinition/enable-condition`;
const AGES_EXTENSION = `${BASE}/StructureDefinition/eligible-age`;
const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';
const ITEM_CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
const DATA_ABSENT = 'http://terminology.hl7.org/CodeSystem/data-absent-reason';
const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';

export const questionnaireUrl = (id: string) => `${BASE}/Questionnaire/${id}`;
/** Each scale is a code system of its instrument (two instruments may use one id differently). */
export const scaleSystem = (instrument: string, scale: string) =>
  `${BASE}/CodeSystem/${instrument}/${scale}`;

/** "Don't know" and "refused" are the data-absent reasons FHIR already has for them. */
const MISSING: Record<MissingAnswer, { code: string; label: LocalText }> = {
  dont_know: {
    code: 'asked-unknown',
    label: { kk: 'Білмейді', ru: 'Не знает', en: 'Don’t know' },
  },
  refused: {
    code: 'asked-declined',
    label: { kk: 'Жауап беруден бас тартты', ru: 'Отказ от ответа', en: 'Refused' },
  },
};
const isMissing = (code: string | number): code is MissingAnswer =>
  typeof code === 'string' && code in MISSING;

/** The text in the request's language, with the other two as FHIR translation extensions. */
function text(name: string, value: LocalText, lang: Language): Json {
  return {
    [name]: value[lang],
    [`_${name}`]: {
      extension: LANGUAGES.filter((l) => l !== lang).map((l) => ({
        url: TRANSLATION,
        extension: [
          { url: 'lang', valueCode: l },
          { url: 'content', valueString: value[l] },
        ],
      })),
    },
  };
}

/** A FHIR `name`: a computer-friendly name starting with a capital ("wg-ss" → "WgSs"). */
function fhirName(id: string): string {
  return id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function coding(
  def: InstrumentDefinition,
  item: InstrumentItem,
  code: string | number,
  lang: Language,
) {
  if (isMissing(code))
    return {
      system: DATA_ABSENT,
      code: MISSING[code].code,
      ...text('display', MISSING[code].label, lang),
    };
  const option = def.scales.find((s) => s.id === item.scale)?.options.find((o) => o.code === code);
  return {
    system: scaleSystem(def.id, item.scale),
    code: String(code),
    ...(option ? text('display', option.label, lang) : {}),
  };
}

type EnableWhen =
  | { question: string; operator: '='; answerCoding: Json }
  | { question: string; operator: 'exists'; answerBoolean: false };

/**
 * Skip rules FHIR can state: an answer among some codes, or not among them (unanswered, or any
 * other code — "don't know" and "refused" included, as the engine reads them), and `any` of
 * those; several items each with one code (`all`). Age conditions and other mixtures return null
 * and travel in an extension instead.
 */
function enableWhenOf(def: InstrumentDefinition, condition: Condition, lang: Language) {
  const items = new Map(def.items.map((i) => [i.id, i]));
  const equals = (itemId: string, code: string | number): EnableWhen | null => {
    const item = items.get(itemId);
    if (!item) return null;
    const { system, code: value } = coding(def, item, code, lang);
    return { question: itemId, operator: '=', answerCoding: { system, code: value } };
  };
  const notIn = (itemId: string, codes: readonly (string | number)[]): EnableWhen[] | null => {
    const item = items.get(itemId);
    if (!item) return null;
    const scale = def.scales.find((s) => s.id === item.scale)?.options.map((o) => o.code) ?? [];
    const others = [...scale, ...(Object.keys(MISSING) as MissingAnswer[])].filter(
      (code) => !codes.includes(code),
    );
    return collect([
      { question: itemId, operator: 'exists', answerBoolean: false },
      ...others.map((code) => equals(itemId, code)),
    ]);
  };
  const anyOf = (c: Condition): EnableWhen[] | null => {
    if ('item' in c) return collect(c.in.map((code) => equals(c.item, code)));
    if ('not' in c && 'item' in c.not) return notIn(c.not.item, c.not.in);
    if ('any' in c) return collect(c.any.map(anyOf).flatMap((list) => list ?? [null]));
    return null;
  };
  const allOf = (c: Condition): EnableWhen[] | null => {
    if ('item' in c && c.in.length === 1 && c.in[0] !== undefined)
      return collect([equals(c.item, c.in[0])]);
    if ('all' in c) return collect(c.all.map(allOf).flatMap((list) => list ?? [null]));
    return null;
  };
  const all = allOf(condition);
  const list = all ?? anyOf(condition);
  if (!list || list.length === 0) return null;
  return {
    enableWhen: list,
    ...(list.length > 1 ? { enableBehavior: all ? 'all' : 'any' } : {}),
  };
}

function collect<T>(list: (T | null)[]): T[] | null {
  const kept = list.filter((x): x is T => x !== null);
  return kept.length === list.length ? kept : null;
}

function questionItem(def: InstrumentDefinition, item: InstrumentItem, lang: Language): Json {
  const scale = def.scales.find((s) => s.id === item.scale);
  const options = [
    ...(scale?.options.map((o) => o.code) ?? []),
    ...(Object.keys(MISSING) as MissingAnswer[]),
  ];
  const condition = item.when ? enableWhenOf(def, item.when, lang) : null;
  return {
    linkId: item.id,
    ...text('text', item.text, lang),
    type: 'choice',
    ...(item.when && !condition
      ? { extension: [{ url: CONDITION_EXTENSION, valueString: JSON.stringify(item.when) }] }
      : {}),
    ...(condition ?? {}),
    answerOption: options.map((code) => ({ valueCoding: coding(def, item, code, lang) })),
    ...(item.hint
      ? {
          item: [
            {
              linkId: `${item.id}.hint`,
              ...text('text', item.hint, lang),
              type: 'display',
              extension: [
                {
                  url: ITEM_CONTROL,
                  valueCodeableConcept: {
                    coding: [
                      { system: 'http://hl7.org/fhir/questionnaire-item-control', code: 'help' },
                    ],
                  },
                },
              ],
            },
          ],
        }
      : {}),
  };
}

const sectionLink = (id: string) => `section.${id}`;

/** Items grouped by section in the definition's order (items of an unlisted section come last). */
function grouped<T>(
  def: InstrumentDefinition,
  lang: Language,
  build: (item: InstrumentItem) => T | null,
  response = false,
): (Json | T)[] {
  const groups: (Json | T)[] = [];
  for (const section of def.sections) {
    const children = def.items
      .filter((i) => i.section === section.id)
      .map(build)
      .filter((x): x is T => x !== null);
    if (children.length)
      groups.push({
        linkId: sectionLink(section.id),
        // A response's items repeat the questionnaire's link and text, not its type.
        ...(response
          ? { text: section.title[lang] }
          : { ...text('text', section.title, lang), type: 'group' }),
        item: children,
      });
  }
  const sections = new Set(def.sections.map((s) => s.id));
  for (const item of def.items.filter((i) => !sections.has(i.section))) {
    const built = build(item);
    if (built !== null) groups.push(built);
  }
  return groups;
}

const months = (value: number) => ({
  value,
  unit: 'months',
  system: 'http://unitsofmeasure.org',
  code: 'mo',
});

export function questionnaireOf(def: InstrumentDefinition, lang: Language): FhirResource {
  const { minMonths, maxMonths } = def.ages;
  return {
    resourceType: 'Questionnaire',
    id: def.id,
    language: lang,
    extension: [
      {
        url: AGES_EXTENSION,
        valueRange: {
          low: months(minMonths),
          ...(maxMonths === null ? {} : { high: months(maxMonths) }),
        },
      },
    ],
    url: questionnaireUrl(def.id),
    version: def.version,
    name: fhirName(def.id),
    ...text('title', def.title, lang),
    status: 'active',
    subjectType: ['Patient'],
    publisher: 'Birge',
    ...text('description', def.summary, lang),
    item: grouped(def, lang, (item) => questionItem(def, item, lang)),
  };
}

/** A score's value as FHIR `value[x]`; a missing one as a data-absent reason. */
function valueOf(value: ScoreValue | undefined): Json {
  if (value === null || value === undefined || value === '')
    return { dataAbsentReason: { coding: [{ system: DATA_ABSENT, code: 'unknown' }] } };
  if (typeof value === 'boolean') return { valueBoolean: value };
  if (typeof value === 'number')
    return Number.isInteger(value) && Math.abs(value) < 2 ** 31
      ? { valueInteger: value }
      : { valueQuantity: { value } };
  if (typeof value === 'string') return { valueString: value };
  return { valueString: JSON.stringify(value) };
}

/** Objects and lists become components, one per leaf ("communication", "targets.0"). */
function leaves(value: ScoreValue, path: string): [string, ScoreValue][] {
  if (Array.isArray(value))
    return value.flatMap((v: ScoreValue, i) => leaves(v, path ? `${path}.${i}` : String(i)));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [[path, value]];
}

function observationOf(
  def: InstrumentDefinition,
  a: Assessment,
  name: string,
  value: ScoreValue | undefined,
  lang: Language,
): Json {
  const label = def.scores.find((s) => s.name === name)?.label[lang] ?? name;
  const composite = value !== null && typeof value === 'object';
  return {
    resourceType: 'Observation',
    status: a.status === 'complete' ? 'final' : 'preliminary',
    category: [{ coding: [{ system: OBSERVATION_CATEGORY, code: 'survey', display: 'Survey' }] }],
    code: {
      coding: [{ system: SCORE_SYSTEM, code: `${def.id}.${name}`, display: label }],
      text: label,
    },
    subject: { reference: `Patient/${a.personId}` },
    effectiveDateTime: a.assessedOn,
    derivedFrom: [{ reference: `urn:uuid:${a.id}` }],
    ...(composite
      ? {
          component: leaves(value, '').map(([path, leaf]) => ({
            code: {
              coding: [{ system: SCORE_SYSTEM, code: `${def.id}.${name}.${path}` }],
              text: `${label}: ${path}`,
            },
            ...valueOf(leaf),
          })),
        }
      : valueOf(value)),
  };
}

export function questionnaireResponseOf(
  def: InstrumentDefinition,
  a: Assessment,
  lang: Language,
): FhirResource {
  const items = new Map(def.items.map((i) => [i.id, i]));
  const answer = (item: InstrumentItem) => {
    const code = a.answers[item.id];
    if (code === undefined) return null;
    return {
      linkId: item.id,
      text: item.text[lang],
      answer: [{ valueCoding: coding(def, item, code, lang) }],
    };
  };
  // Answers to items the current definition no longer has (an older version) stay, as text.
  const stray = Object.entries(a.answers)
    .filter(([id]) => !items.has(id))
    .map(([id, code]) => ({ linkId: id, answer: [{ valueString: String(code) }] }));
  const item = [...grouped(def, lang, answer, true), ...stray];
  return {
    resourceType: 'QuestionnaireResponse',
    id: a.id,
    language: lang,
    questionnaire: `${questionnaireUrl(def.id)}|${a.version}`,
    status: a.status === 'complete' ? 'completed' : 'in-progress',
    subject: { reference: `Patient/${a.personId}` },
    authored: a.assessedOn,
    ...(a.assessedBy ? { author: { display: a.assessedBy } } : {}),
    ...(item.length ? { item } : {}),
  };
}

/** The assessment and its scores, as one FHIR Bundle of type collection. */
export function questionnaireResponseBundle(
  def: InstrumentDefinition,
  a: Assessment,
  lang: Language,
): FhirResource {
  const names = [
    ...def.scores.map((s) => s.name),
    ...Object.keys(a.scores).filter((k) => !def.scores.some((s) => s.name === k)),
  ];
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: new Date().toISOString(),
    entry: [
      { fullUrl: `urn:uuid:${a.id}`, resource: questionnaireResponseOf(def, a, lang) },
      ...names.map((name) => ({
        resource: observationOf(def, a, name, a.scores[name] as ScoreValue | undefined, lang),
      })),
    ],
  };
}
