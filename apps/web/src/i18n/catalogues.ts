import { translatorFor, type Catalogue, type Language, type Translate } from '@birge/domain';
import { kkCore } from '@birge/domain/i18n/kk/core';

/**
 * The interface texts, one language at a time. Kazakh (the default and the source catalogue) is
 * in the entry chunk; Russian and English are chunks of their own, loaded when a user picks one
 * (or had picked it on this device), so nobody downloads three catalogues to read one.
 */

// Kazakh parts used by some pages only are merged in when those pages load (loadCatalogueParts).
const kk = { ...kkCore } as Catalogue;
const loaded = new Map<Language, Catalogue>([['kk', kk]]);

const kkParts = {
  supervision: async () => (await import('@birge/domain/i18n/kk/supervision')).supervision,
  assessments: async () => (await import('@birge/domain/i18n/kk/assessments')).assessments,
  // Plans, reviews, the home programme, visits and tasks.
  plans: async () => (await import('@birge/domain/i18n/kk/plans-web')).plansPart,
  // The family's app, the invitation page and the worker's "invite a family member".
  family: async () => (await import('@birge/domain/i18n/kk/family')).family,
  // The administrator's activity library editor.
  library: async () => (await import('@birge/domain/i18n/kk/library')).library,
  // The user's own page (work phone).
  account: async () => (await import('@birge/domain/i18n/kk/account')).account,
  // Referrals: the worker's form and pages, the provider's inbox.
  referrals: async () => (await import('@birge/domain/i18n/kk/referrals')).referrals,
  // The service directory's pages.
  directory: async () => (await import('@birge/domain/i18n/kk/directory')).directory,
  // Education and livelihood: the person page's sections and the "in no education" badges.
  education: async () => (await import('@birge/domain/i18n/kk/education')).education,
};
export type CataloguePart = keyof typeof kkParts;
const partsLoaded = new Map<CataloguePart, Promise<void>>();

/**
 * Loads Kazakh catalogue parts a page needs, whatever the language shown, so switching to
 * Kazakh on that page finds them (Russian and English catalogues come whole).
 */
export function loadCatalogueParts(parts: readonly CataloguePart[]): Promise<void> {
  return Promise.all(
    parts.map((part) => {
      let loading = partsLoaded.get(part);
      if (!loading) {
        loading = kkParts[part]().then((messages) => {
          Object.assign(kk, messages);
        });
        loading.catch(() => partsLoaded.delete(part));
        partsLoaded.set(part, loading);
      }
      return loading;
    }),
  ).then(() => undefined);
}
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
