import { translatorFor, type Catalogue, type Language, type Translate } from '@birge/domain';
import { kk } from '@birge/domain/i18n/kk';

/**
 * The interface texts, one language at a time. Kazakh (the default and the source catalogue) is
 * in the entry chunk; Russian and English are chunks of their own, loaded when a user picks one
 * (or had picked it on this device), so nobody downloads three catalogues to read one.
 */

const loaded = new Map<Language, Catalogue>([['kk', kk]]);
const translators = new Map<Language, Translate>();

const loaders: Record<Exclude<Language, 'kk'>, () => Promise<Catalogue>> = {
  ru: async () => (await import('@birge/domain/i18n/ru')).ru,
  en: async () => (await import('@birge/domain/i18n/en')).en,
};

export function hasCatalogue(language: Language): boolean {
  return loaded.has(language);
}

/** Loads a language's catalogue (at once for Kazakh or one loaded before). */
export async function loadCatalogue(language: Language): Promise<void> {
  if (language === 'kk' || loaded.has(language)) return;
  loaded.set(language, await loaders[language]());
}

/** The translator of `language`, or of Kazakh while its catalogue is not loaded yet. */
export function translator(language: Language): Translate {
  const catalogue = loaded.get(language);
  const shown = catalogue ? language : 'kk';
  let t = translators.get(shown);
  if (!t) {
    t = translatorFor(shown, catalogue ?? kk);
    translators.set(shown, t);
  }
  return t;
}
