import {
  cbrElementById,
  homeAdaptation,
  type InstrumentId,
  type Language,
  type ScoreValue,
  type Translate,
} from '@birge/domain';
import { local } from './answer-text.js';
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

export function describerFor(id: InstrumentId, t: Translate): EntryDescriber | undefined {
  return id === 'home-environment' ? homeRecommendation(t) : undefined;
}
