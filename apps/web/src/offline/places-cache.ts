import type { Language } from '@birge/domain';
import type { Place, PlaceQuery } from '../data/repository.js';
import { readMeta, writeMeta } from './device-db.js';
import type { SyncClient } from './sync-client.js';
import type { DeviceStore } from './vault.js';

/**
 * The settlements of the user's places, kept on the device so the place picker works offline.
 * Place names are public data (the KATO classifier), stored in clear. Refreshed weekly, and when
 * the interface language changes.
 */
interface PlacesMeta {
  language: Language;
  scopes: string[];
  at: string;
  items: Place[];
}

const MAX_AGE_MS = 7 * 24 * 3600_000;
/** The picker offers towns and settlements (KATO levels 3 and 4), as the server's `minLevel=3`. */
const MIN_LEVEL = 3;
const MAX_REQUESTS = 400;

export async function refreshPlaces(
  store: DeviceStore,
  client: SyncClient,
  scopes: string[],
  language: Language,
  now = new Date(),
): Promise<void> {
  const cached = await readMeta<PlacesMeta>(store.db, 'places');
  if (
    cached &&
    cached.language === language &&
    cached.scopes.join() === scopes.join() &&
    now.getTime() - Date.parse(cached.at) < MAX_AGE_MS
  )
    return;
  const items: Place[] = [];
  const queue = [...scopes];
  let requests = 0;
  while (queue.length && requests < MAX_REQUESTS) {
    const parent = queue.shift() ?? '';
    requests += 1;
    for (const child of await client.placeChildren(parent)) {
      if (child.level >= MIN_LEVEL && !child.retired) items.push(child);
      if (child.level < 4) queue.push(child.code);
    }
  }
  await writeMeta(store.db, 'places', {
    language,
    scopes,
    at: now.toISOString(),
    items,
  } satisfies PlacesMeta);
}

export async function cachedPlaces(store: DeviceStore): Promise<Place[] | null> {
  return (await readMeta<PlacesMeta>(store.db, 'places'))?.items ?? null;
}

const fold = (text: string) => text.toLocaleLowerCase('kk').normalize('NFC');

/** Names containing the text, those starting with it first, as the server's search answers. */
export function searchPlaces(places: Place[], { text, limit = 20 }: PlaceQuery): Place[] {
  const needle = fold(text.trim());
  if (!needle) return [];
  return places
    .filter((p) => fold(p.name).includes(needle))
    .sort(
      (a, b) =>
        Number(!fold(a.name).startsWith(needle)) - Number(!fold(b.name).startsWith(needle)) ||
        a.name.localeCompare(b.name),
    )
    .slice(0, limit);
}

/** A place's label for a household created offline, as the server would give it. */
export function placeRef(places: Place[] | null, code: string) {
  const place = places?.find((p) => p.code === code);
  return { code, name: place?.name ?? code, path: place?.path ?? [] };
}
