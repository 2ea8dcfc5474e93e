import { INTL_LOCALE, type Language, type Translate } from '@birge/domain';
import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { I18nProvider as AriaI18nProvider } from 'react-aria-components';
import { hasCatalogue, loadCatalogue, translator } from './catalogues.js';
import { createFormatters, fullName, type Formatters } from './format.js';

// Device code that names people without React takes `fullName` from here, so `format.ts` stays in
// this chunk rather than becoming one more small chunk of the first screen (decision 0013).
export { fullName };
import type { LanguageStore } from './language-store.js';

export interface I18n extends Formatters {
  language: Language;
  t: Translate;
  setLanguage: (language: Language) => void;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ store, children }: { store: LanguageStore; children: ReactNode }) {
  const requested = useSyncExternalStore(store.subscribe, store.get);
  // While a newly chosen language's catalogue loads, the page stays in the one it was in.
  const [shown, setShown] = useState<Language>(() => (hasCatalogue(requested) ? requested : 'kk'));
  const language = hasCatalogue(requested) ? requested : shown;
  useEffect(() => {
    let live = true;
    loadCatalogue(requested).then(
      () => live && setShown(requested),
      (error: unknown) => console.error('Could not load the language', error),
    );
    return () => {
      live = false;
    };
  }, [requested]);
  const value = useMemo<I18n>(
    () => ({
      language,
      t: translator(language),
      setLanguage: store.set,
      ...createFormatters(language),
    }),
    [language, store],
  );

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <I18nContext value={value}>
      <AriaI18nProvider locale={INTL_LOCALE[language]}>{children}</AriaI18nProvider>
    </I18nContext>
  );
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an I18nProvider');
  return i18n;
}
