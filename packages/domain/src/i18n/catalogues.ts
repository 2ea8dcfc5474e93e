import { en } from './en/index.js';
import { kk } from './kk/index.js';
import type { Language } from './locales.js';
import { ru } from './ru/index.js';

/** Every message key; Kazakh is the source catalogue, so a key missing in ru or en fails to compile. */
export type MessageKey = keyof typeof kk;
export type Catalogue = Record<MessageKey, string>;

export const CATALOGUES: Record<Language, Catalogue> = { kk, ru, en };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(kk, key);
}
