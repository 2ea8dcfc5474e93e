import {
  cbrElementById,
  homeAdaptation,
  type InstrumentDefinition,
  type Language,
  type ScoreValue,
  type Translate,
} from '@birge/domain';
import { answerLabel, local } from './answer-text.js';
import type { EntryDescriber } from './score-view.js';

/**
 * Words for list entries whose text lives outside the definition's items and sections. Instruments
 * without one fall back to the generic rows of score-view.ts.
 */

/** A home adaptation by its id: its title, its advice and the CBR matrix elements it serves. */
function homeRecommendation(t: Translate): EntryDescriber {
  return (entry: ScoreValue, language: Language) => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return null;
    const id = (entry as { readonly [key: string]: ScoreValue }).id;
    const adaptation = typeof id === 'string' ? homeAdaptation(id) : undefined;
    if (!adaptation) return null;
    const elements = adaptation.elements
      .map((e) => cbrElementById(e))
      .flatMap((e) => (e ? [local(e.name, language)] : []))
      .join(', ');
    const text = local(adaptation.text, language);
    return {
      title: local(adaptation.title, language),
      detail: elements ? `${text} ${t('assessment.result.cbrElements', { elements })}` : text,
    };
  };
}

const isRecord = (v: ScoreValue): v is { readonly [key: string]: ScoreValue } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * An ICF profile entry: the category named by its item ("d450 Walking"), and its qualifiers in
 * the scale's words — performance and capacity for activities, one qualifier otherwise.
 */
function icfEntry(definition: InstrumentDefinition, t: Translate): EntryDescriber {
  const item = (id: string) => definition.items.find((i) => i.id === id);
  return (entry: ScoreValue, language: Language) => {
    if (!isRecord(entry) || typeof entry.category !== 'string') return null;
    const code = entry.category;
    const words = (id: string, value: ScoreValue | undefined) => {
      const it = item(id);
      return it && (typeof value === 'number' || typeof value === 'string')
        ? answerLabel(definition, it, value, language, t)
        : t('assessment.result.notRated');
    };
    const own = item(code);
    if (own) return { title: local(own.text, language), detail: words(code, entry.qualifier) };
    const performance = item(`${code}.performance`);
    // Activity items read "d450 Walking: performance"; the category is the part before the colon.
    const title = performance ? local(performance.text, language).replace(/:[^:]*$/, '') : code;
    return {
      title,
      detail: [
        `${t('assessment.part.performance')}: ${words(`${code}.performance`, entry.performance)}`,
        `${t('assessment.part.capacity')}: ${words(`${code}.capacity`, entry.capacity)}`,
      ].join('; '),
    };
  };
}

export function describerFor(
  definition: InstrumentDefinition,
  t: Translate,
): EntryDescriber | undefined {
  if (definition.id === 'home-environment') return homeRecommendation(t);
  if (definition.id === 'icf-profile') return icfEntry(definition, t);
  return undefined;
}
