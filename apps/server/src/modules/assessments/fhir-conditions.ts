import type {
  AnswerCode,
  Condition,
  InstrumentDefinition,
  Language,
  MissingAnswer,
} from '@birge/domain';
import { CONDITION_EXTENSION, coding, MISSING, type Json } from './fhir-codes.js';

/** Skip rules (`when` conditions) as FHIR says them (docs/decisions/0018). */

const SDC_ENABLE_WHEN_EXPRESSION =
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression';

type EnableWhen =
  | { question: string; operator: '='; answerCoding: Json }
  | { question: string; operator: 'exists'; answerBoolean: false };

function collect<T>(list: (T | null)[]): T[] | null {
  const kept = list.filter((x): x is T => x !== null);
  return kept.length === list.length ? kept : null;
}

/** The codes of a condition that the item's scale has: no answer can be any other. */
function onScale(def: InstrumentDefinition, itemId: string, codes: readonly AnswerCode[]) {
  const item = def.items.find((i) => i.id === itemId);
  const scale = def.scales.find((s) => s.id === item?.scale)?.options.map((o) => o.code) ?? [];
  return codes.filter((code) => scale.includes(code));
}

/**
 * Core FHIR enableWhen: an answer among some codes, or not among them (unanswered, or any other
 * code — "don't know" and "refused" included, as the engine reads them), `any` of those; several
 * items each with one code (`all`). Null when FHIR's enableWhen cannot say it.
 */
function enableWhenOf(def: InstrumentDefinition, condition: Condition, lang: Language) {
  const items = new Map(def.items.map((i) => [i.id, i]));
  const equals = (itemId: string, code: AnswerCode): EnableWhen | null => {
    const item = items.get(itemId);
    if (!item) return null;
    const { system, code: value } = coding(def, item, code, lang);
    return { question: itemId, operator: '=', answerCoding: { system, code: value } };
  };
  const notIn = (itemId: string, codes: readonly AnswerCode[]): EnableWhen[] | null => {
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
    if ('item' in c) return collect(onScale(def, c.item, c.in).map((code) => equals(c.item, code)));
    if ('not' in c && 'item' in c.not) return notIn(c.not.item, c.not.in);
    if ('any' in c) return collect(c.any.map(anyOf).flatMap((list) => list ?? [null]));
    return null;
  };
  const allOf = (c: Condition): EnableWhen[] | null => {
    if ('item' in c) {
      const [only, ...more] = onScale(def, c.item, c.in);
      return only !== undefined && more.length === 0 ? collect([equals(c.item, only)]) : null;
    }
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

const quoted = (value: string) => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

/** The condition in FHIRPath (SDC enableWhenExpression); null for age conditions. */
function fhirPathOf(def: InstrumentDefinition, c: Condition): string | null {
  if ('item' in c) {
    const codes = onScale(def, c.item, c.in);
    if (codes.length === 0) return 'false';
    const match = codes.map((code) => `code = ${quoted(String(code))}`).join(' or ');
    return `%resource.repeat(item).where(linkId = ${quoted(c.item)}).answer.value.where(${match}).exists()`;
  }
  if ('not' in c) {
    const inner = fhirPathOf(def, c.not);
    return inner === null ? null : `(${inner}).not()`;
  }
  if ('ageMonths' in c) return null;
  const parts = ('all' in c ? c.all : c.any).map((part) => fhirPathOf(def, part));
  if (parts.some((p) => p === null)) return null;
  return parts.map((p) => `(${p})`).join('all' in c ? ' and ' : ' or ');
}

/**
 * What a Questionnaire item says about when it is asked: core enableWhen where it can; otherwise
 * an SDC enableWhenExpression (FHIRPath, for renderers that run it) and the condition itself as
 * JSON in a Birge extension, so nothing of the rule is lost.
 */
export function skipRuleOf(def: InstrumentDefinition, condition: Condition, lang: Language): Json {
  const core = enableWhenOf(def, condition, lang);
  if (core) return core;
  const path = fhirPathOf(def, condition);
  return {
    extension: [
      ...(path === null
        ? []
        : [
            {
              url: SDC_ENABLE_WHEN_EXPRESSION,
              valueExpression: { language: 'text/fhirpath', expression: path },
            },
          ]),
      { url: CONDITION_EXTENSION, valueString: JSON.stringify(condition) },
    ],
  };
}
