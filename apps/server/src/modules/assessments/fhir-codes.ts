import {
  LANGUAGES,
  type InstrumentDefinition,
  type InstrumentItem,
  type Language,
  type LocalText,
  type MissingAnswer,
} from '@birge/domain';
import { z } from 'zod';

/** Addresses, code systems and the small builders the FHIR mappings share (docs/decisions/0018). */

export type Json = Record<string, unknown>;
export type FhirResource = Json & { resourceType: string };

export const FHIR_JSON = 'application/fhir+json; charset=utf-8';
/** What the routes declare: a FHIR resource, written as built. */
export const fhirResourceSchema = z.looseObject({ resourceType: z.string() });

export const BASE = 'https://birge.kz/fhir';
export const SCORE_SYSTEM = `${BASE}/CodeSystem/scores`;
export const CONDITION_EXTENSION = `${BASE}/StructureDefinition/enable-condition`;
export const AGES_EXTENSION = `${BASE}/StructureDefinition/eligible-age`;
const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';
export const ITEM_CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
export const DATA_ABSENT = 'http://terminology.hl7.org/CodeSystem/data-absent-reason';
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';

export const questionnaireUrl = (id: string) => `${BASE}/Questionnaire/${id}`;
/** Each scale is a code system of its instrument (two instruments may use one id differently). */
export const scaleSystem = (instrument: string, scale: string) =>
  `${BASE}/CodeSystem/${instrument}/${scale}`;

/** "Don't know" and "refused" are the data-absent reasons FHIR already has for them. */
export const MISSING: Record<MissingAnswer, { code: string; label: LocalText }> = {
  dont_know: {
    code: 'asked-unknown',
    label: { kk: 'Білмейді', ru: 'Не знает', en: 'Don’t know' },
  },
  refused: {
    code: 'asked-declined',
    label: { kk: 'Жауап беруден бас тартты', ru: 'Отказ от ответа', en: 'Refused' },
  },
};
export const isMissing = (code: string | number): code is MissingAnswer =>
  typeof code === 'string' && code in MISSING;

/** The text in the request's language, with the other two as FHIR translation extensions. */
export function text(name: string, value: LocalText, lang: Language): Json {
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

export function coding(
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
