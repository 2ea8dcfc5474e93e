import type { CbrElementId } from '../../cbr/matrix.js';
import type { Language } from '../../i18n/locales.js';
import type { LocalText } from '../../instruments/instrument.js';
import type { ActivityCard, ActivityCategory } from '../activity.schema.js';
import type { PictogramId } from '../pictograms.js';
import { STOP_SIGNS, type StopSignId } from './signs.js';

/** A card's words in one language, written as a whole so each reads as one text. */
export interface CardWords {
  readonly title: string;
  readonly purpose: string;
  readonly materials: readonly string[];
  readonly steps: readonly string[];
  readonly safety: readonly string[];
  /** Signs of this card only, after the shared ones. */
  readonly stopSigns?: readonly string[];
}

export interface CardDraft extends Record<Language, CardWords> {
  /** 1 when first shipped; one more with every change of the text. */
  readonly version?: number;
  /** Months: from, to (null: no upper limit). */
  readonly ages: readonly [number, number | null];
  readonly elements: readonly CbrElementId[];
  readonly pictogram: PictogramId;
  /** Shared signs to stop and call the worker, first on the card's list. */
  readonly signs: readonly StopSignId[];
}

type ListKey = 'materials' | 'steps' | 'safety' | 'stopSigns';
const none: readonly string[] = [];

/**
 * Lists are zipped by position; a language with fewer entries leaves blanks, which the library's
 * test reports (a card is never silently shortened to its shortest translation).
 */
function zip(draft: CardDraft, key: ListKey): LocalText[] {
  const kk = draft.kk[key] ?? none;
  const ru = draft.ru[key] ?? none;
  const en = draft.en[key] ?? none;
  const length = Math.max(kk.length, ru.length, en.length);
  return Array.from({ length }, (_, i) => ({ kk: kk[i] ?? '', ru: ru[i] ?? '', en: en[i] ?? '' }));
}

/**
 * A built-in card from its three texts. The library's files are written language by language (a
 * translator reads the Kazakh card as one text); the card itself holds LocalText everywhere.
 */
export function defineCard(id: `${ActivityCategory}.${string}`, draft: CardDraft): ActivityCard {
  const { kk, ru, en } = draft;
  return {
    id,
    version: draft.version ?? 1,
    // The id starts with the category (the schema checks it for every card).
    category: id.slice(0, id.indexOf('.')) as ActivityCategory,
    ages: { minMonths: draft.ages[0], maxMonths: draft.ages[1] },
    elements: [...draft.elements],
    title: { kk: kk.title, ru: ru.title, en: en.title },
    purpose: { kk: kk.purpose, ru: ru.purpose, en: en.purpose },
    materials: zip(draft, 'materials'),
    steps: zip(draft, 'steps'),
    safety: zip(draft, 'safety'),
    stopSigns: [...draft.signs.map((sign) => STOP_SIGNS[sign]), ...zip(draft, 'stopSigns')],
    pictogram: draft.pictogram,
  };
}
