import {
  isKatoCode,
  parentCandidates,
  placeInScope,
  scopePrefixes,
  type Actor,
  type Language,
} from '@birge/domain';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import { invalid } from '../../http/problem.js';
import {
  childrenOf,
  findPlace,
  findWithAncestors,
  latestVersion,
  searchPlaces,
  type PlaceRow,
} from './places.repo.js';

export interface PlaceView {
  code: string;
  name: string;
  level: number;
  parentCode: string | null;
  /** Names of the enclosing places, region first. */
  path: string[];
  retired: boolean;
}

/** Display name in a language; English exists for regions and districts, else the Kazakh name. */
export function placeName(
  row: Pick<PlaceRow, 'name_kk' | 'name_ru' | 'name_en'>,
  language: Language,
): string {
  if (language === 'ru') return row.name_ru;
  if (language === 'en') return row.name_en ?? row.name_kk;
  return row.name_kk;
}

function view(row: PlaceRow, known: Map<string, PlaceRow>, language: Language): PlaceView {
  const path = parentCandidates(row.code)
    .reverse()
    .map((code) => known.get(code))
    .filter((p): p is PlaceRow => p !== undefined)
    .map((p) => placeName(p, language));
  return {
    code: row.code,
    name: placeName(row, language),
    level: row.level,
    parentCode: row.parent_code,
    path,
    retired: row.retired_in !== null,
  };
}

/** Households live in a town, an okrug or a settlement (level 3–4), not in a whole district. */
export const MIN_HOUSEHOLD_PLACE_LEVEL = 3;

export type PlacesService = ReturnType<typeof createPlacesService>;

/**
 * Place names are reference data that change with a new classifier edition, a few times a year;
 * list pages need the names of dozens of places and their ancestors on every request. They are kept
 * in memory for a few minutes (a new edition shows everywhere within that time). Nothing personal
 * and nothing about sessions is cached: the server stays stateless.
 */
const PLACE_CACHE_MS = 5 * 60_000;

export function createPlacesService(db: Kysely<DB>) {
  let cache = new Map<string, PlaceRow | null>();
  let cacheStarted = Date.now();

  async function withAncestors(codes: Iterable<string>): Promise<Map<string, PlaceRow>> {
    if (Date.now() - cacheStarted > PLACE_CACHE_MS) {
      cache = new Map();
      cacheStarted = Date.now();
    }
    const wanted = new Set<string>();
    for (const code of codes) {
      wanted.add(code);
      for (const parent of parentCandidates(code)) wanted.add(parent);
    }
    const missing = [...wanted].filter((code) => !cache.has(code));
    if (missing.length) {
      const found = await findWithAncestors(db, missing);
      for (const code of missing) cache.set(code, found.get(code) ?? null);
    }
    const known = new Map<string, PlaceRow>();
    for (const code of wanted) {
      const row = cache.get(code);
      if (row) known.set(code, row);
    }
    return known;
  }

  async function views(rows: PlaceRow[], language: Language): Promise<PlaceView[]> {
    const known = await withAncestors(rows.map((r) => r.code));
    return rows.map((row) => view(row, known, language));
  }

  return {
    async get(code: string, language: Language): Promise<PlaceView | null> {
      if (!isKatoCode(code)) return null;
      const row = await findPlace(db, code);
      return row ? ((await views([row], language))[0] ?? null) : null;
    },

    async children(parent: string | null, language: Language): Promise<PlaceView[]> {
      const column = language === 'ru' ? 'name_ru' : language === 'en' ? 'name_en' : 'name_kk';
      return views(await childrenOf(db, parent, column), language);
    },

    /** Places whose name contains `q`; `actor` limits the result to their scope. */
    async search(
      q: string,
      language: Language,
      options: { actor?: Actor; minLevel?: number; limit?: number },
    ) {
      const prefixes = options.actor ? scopePrefixes(options.actor) : null;
      const rows = await searchPlaces(
        db,
        q.trim(),
        prefixes,
        options.minLevel ?? 1,
        options.limit ?? 20,
      );
      return views(rows, language);
    },

    /** Names and paths for many codes at once (list pages). */
    async labels(codes: Iterable<string>, language: Language): Promise<Map<string, PlaceView>> {
      const list = [...codes];
      const known = await withAncestors(list);
      const out = new Map<string, PlaceView>();
      for (const code of list) {
        const row = known.get(code);
        if (row) out.set(code, view(row, known, language));
      }
      return out;
    },

    /** A place a household can be registered at by this actor, or a 422 saying why not. */
    async requireHouseholdPlace(code: string, actor: Actor, path = 'placeCode'): Promise<PlaceRow> {
      const row = await findPlace(db, code);
      if (!row) throw invalid([{ path, code: 'place.unknown' }]);
      if (row.retired_in) throw invalid([{ path, code: 'place.retired' }]);
      if (row.level < MIN_HOUSEHOLD_PLACE_LEVEL)
        throw invalid([{ path, code: 'place.too_coarse' }]);
      if (!placeInScope(actor, code)) throw invalid([{ path, code: 'place.out_of_scope' }]);
      return row;
    },

    latestVersion: () => latestVersion(db),

    /** Drops cached names (after loading a classifier edition in this process). */
    forget(): void {
      cache = new Map();
    },
  };
}
