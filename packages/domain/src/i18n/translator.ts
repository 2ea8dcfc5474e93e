import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUES, type Catalogue, type MessageKey } from './catalogues.js';
import { INTL_LOCALE, type Language } from './locales.js';

export type MessageValues = Record<string, string | number | Date>;
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/**
 * A translator for one language: ICU messages (plural rules per language, so Russian gets its
 * one/few/many forms) compiled once and cached.
 */
export function createTranslator(
  language: Language,
  catalogue: Catalogue = CATALOGUES[language],
): Translate {
  return translatorFor(language, catalogue);
}

/**
 * The same for a catalogue the caller holds. It does not touch `CATALOGUES`, so a bundle that
 * uses only this function carries only the catalogues it imports itself (the web app loads
 * Russian and English on demand).
 */
export function translatorFor(language: Language, catalogue: Catalogue): Translate {
  const compiled = new Map<MessageKey, IntlMessageFormat>();
  const locale = INTL_LOCALE[language];
  return (key, values) => {
    let format = compiled.get(key);
    if (!format) {
      // A part of the catalogue not loaded yet (the web app loads some with their pages) shows
      // its key rather than breaking the page.
      const message = catalogue[key] as string | undefined;
      if (message === undefined) return key;
      format = new IntlMessageFormat(message, locale);
      compiled.set(key, format);
    }
    return String(format.format(values));
  };
}

const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ó',
  u: 'ú',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ó',
  U: 'Ú',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  z: 'ž',
};

/**
 * Pseudo-locale for spotting text that bypasses the catalogues: English with accents, 30% longer,
 * in brackets. ICU arguments (`{…}`) are left untouched.
 */
export function pseudoCatalogue(source: Catalogue): Catalogue {
  const out = {} as Catalogue;
  for (const key of Object.keys(source) as MessageKey[]) {
    const message = source[key];
    let depth = 0;
    let text = '';
    for (const ch of message) {
      if (ch === '{') depth++;
      if (ch === '}') depth--;
      text += depth === 0 ? (ACCENTED[ch] ?? ch) : ch;
    }
    out[key] = `[${text}${'·'.repeat(Math.ceil(message.length * 0.3))}]`;
  }
  return out;
}
