import { DEFAULT_LANGUAGE, isLanguage, type Language } from '@birge/domain';

const STORAGE_KEY = 'birge.language';

export interface LanguageStore {
  get: () => Language;
  set: (language: Language) => void;
  subscribe: (listener: () => void) => () => void;
}

function readStored(storage: Storage | undefined): Language {
  try {
    const stored = storage?.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/**
 * The interface language outside React, so the repository can send it as Accept-Language.
 * Remembered on the device; after sign-in the user's saved language wins.
 */
export function createLanguageStore(storage: Storage | undefined): LanguageStore {
  let current = readStored(storage);
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(language) {
      if (language === current) return;
      current = language;
      try {
        storage?.setItem(STORAGE_KEY, language);
      } catch {
        // Private mode or full storage: the choice still holds for this visit.
      }
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
