import {
  isMessageKey,
  type InstrumentDefinition,
  type InstrumentItem,
  type Language,
  type ScoreDefinition,
  type ScoreValue,
  type Translate,
} from '@birge/domain';
import { local } from './answer-text.js';

/**
 * What a result page shows for one score, built from the definition alone, so instruments added
 * later are shown without new code: identifiers and numbers from `plot`, per-domain objects as
 * rows named by the instrument's sections, lists (recommendations, targets, codes) as rows named
 * by its items.
 */
export type Flag = 1 | 0 | null;

export type ScoreView =
  | { kind: 'identifier'; value: Flag }
  | { kind: 'number'; value: number | null; range: readonly [number, number] | null }
  /** An object of identifiers (CFM domains): each row with the section's questions. */
  | { kind: 'flags'; rows: { key: string; label: string; value: Flag; items: InstrumentItem[] }[] }
  /** An object of numbers or words (WHODAS domains, ICF summary). */
  | { kind: 'values'; rows: { key: string; label: string; value: string | null }[] }
  /** A list (recommendations, targets, codes). */
  | { kind: 'list'; rows: { key: string; title: string; detail: string | null }[] }
  | { kind: 'text'; value: string | null };

const isFlag = (v: ScoreValue | undefined): v is Flag => v === 1 || v === 0 || v === null;
const isList = (v: ScoreValue | undefined): v is readonly ScoreValue[] => Array.isArray(v);
const isRecord = (v: ScoreValue | undefined): v is { readonly [key: string]: ScoreValue } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The name of a part of a score: the instrument's section or item of that id, then our own
 * catalogue (`assessment.part.<key>`, e.g. WHODAS domains), then the key itself.
 */
export function partLabel(
  definition: InstrumentDefinition,
  key: string,
  language: Language,
  t: Translate,
): string {
  const section = definition.sections.find((s) => s.id === key);
  if (section) return local(section.title, language);
  const item = definition.items.find((i) => i.id === key);
  if (item) return local(item.text, language);
  const catalogueKey = `assessment.part.${key}`;
  return isMessageKey(catalogueKey) ? t(catalogueKey) : key;
}

function plain(value: ScoreValue | undefined, t: Translate): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  return null;
}

/**
 * A part's value in words: a section or item it names, a share as a percentage (scores named
 * `…Share` hold 0–1), or a small object's counts ("Checked: 5; Barriers: 2").
 */
function valueWords(
  definition: InstrumentDefinition,
  value: ScoreValue,
  share: boolean,
  language: Language,
  t: Translate,
): string | null {
  if (typeof value === 'string') return partLabel(definition, value, language, t);
  if (share && typeof value === 'number') return `${Math.round(value * 100)}%`;
  if (isRecord(value))
    return (
      Object.entries(value)
        .map(([k, v]) => `${partLabel(definition, k, language, t)}: ${plain(v, t) ?? '—'}`)
        .join('; ') || null
    );
  return plain(value, t);
}

/** One entry of a list score, as a title and a line of detail. */
function listRow(
  definition: InstrumentDefinition,
  entry: ScoreValue,
  index: number,
  language: Language,
  t: Translate,
  describe: EntryDescriber | undefined,
): { key: string; title: string; detail: string | null } {
  const custom = describe?.(entry, language);
  if (custom) return { key: `${index}`, ...custom };
  if (!isRecord(entry)) {
    const text = plain(entry, t) ?? '';
    return {
      key: `${index}-${text}`,
      title: partLabel(definition, text, language, t),
      detail: null,
    };
  }
  // The entry names an item (a target) or a category; the rest is its detail.
  const ref = ['item', 'category', 'id'].map((k) => entry[k]).find((v) => typeof v === 'string');
  const title = typeof ref === 'string' ? partLabel(definition, ref, language, t) : '';
  const detail = Object.entries(entry)
    .filter(([, v]) => v !== ref && v !== null && !isRecord(v) && !Array.isArray(v))
    .map(([k, v]) => {
      const value = typeof v === 'string' ? partLabel(definition, v, language, t) : plain(v, t);
      return `${partLabel(definition, k, language, t)}: ${value ?? ''}`;
    })
    .join('; ');
  return { key: `${index}-${String(ref)}`, title, detail: detail || null };
}

/** Instrument-specific words for list entries (a recommendation's text by its id). */
export type EntryDescriber = (
  entry: ScoreValue,
  language: Language,
) => { title: string; detail: string | null } | null;

export function scoreView(
  definition: InstrumentDefinition,
  score: ScoreDefinition,
  value: ScoreValue | undefined,
  language: Language,
  t: Translate,
  describe?: EntryDescriber,
): ScoreView {
  if (score.plot === 'identifier' && isFlag(value ?? null))
    return { kind: 'identifier', value: (value ?? null) as Flag };
  if (score.plot === 'number')
    return {
      kind: 'number',
      value: typeof value === 'number' ? value : null,
      range: score.range ?? null,
    };
  if (isList(value))
    return {
      kind: 'list',
      rows: value.map((entry, i) => listRow(definition, entry, i, language, t, describe)),
    };
  if (isRecord(value)) {
    const entries = Object.entries(value);
    if (entries.every(([, v]) => isFlag(v)))
      return {
        kind: 'flags',
        rows: entries.map(([key, v]) => ({
          key,
          label: partLabel(definition, key, language, t),
          value: v as Flag,
          items: definition.items.filter((i) => i.section === key),
        })),
      };
    const share = score.name.endsWith('Share');
    return {
      kind: 'values',
      rows: entries.map(([key, v]) => ({
        key,
        label: partLabel(definition, key, language, t),
        value: valueWords(definition, v, share, language, t),
      })),
    };
  }
  return { kind: 'text', value: plain(value, t) };
}
