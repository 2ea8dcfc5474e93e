import type {
  Assessment,
  InstrumentDefinition,
  InstrumentItem,
  Language,
  MissingAnswer,
  ScoreValue,
} from '@birge/domain';
import {
  AGES_EXTENSION,
  coding,
  DATA_ABSENT,
  ITEM_CONTROL,
  MISSING,
  OBSERVATION_CATEGORY,
  questionnaireUrl,
  SCORE_SYSTEM,
  text,
  type FhirResource,
  type Json,
} from './fhir-codes.js';
import { skipRuleOf } from './fhir-conditions.js';

export { FHIR_JSON, fhirResourceSchema } from './fhir-codes.js';

/**
 * Instruments as FHIR R4 Questionnaires and assessments as QuestionnaireResponses with their
 * scores as Observations (issue 4; docs/decisions/0018). Built from the same definitions the
 * engine scores with; checked in tests against the official FHIR R4 JSON schema.
 */

/** A FHIR `name`: a computer-friendly name starting with a capital ("wg-ss" → "WgSs"). */
function fhirName(id: string): string {
  return id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function questionItem(def: InstrumentDefinition, item: InstrumentItem, lang: Language): Json {
  const scale = def.scales.find((s) => s.id === item.scale);
  const options = [
    ...(scale?.options.map((o) => o.code) ?? []),
    ...(Object.keys(MISSING) as MissingAnswer[]),
  ];
  return {
    linkId: item.id,
    ...text('text', item.text, lang),
    type: 'choice',
    ...(item.when ? skipRuleOf(def, item.when, lang) : {}),
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
