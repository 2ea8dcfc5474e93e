import {
  ACCESSIBILITY_FEATURES,
  CBR_ELEMENT_IDS,
  isKatoCode,
  ORGANIZATION_SECTORS,
  ORGANIZATION_TYPES,
  type AccessibilityFeature,
} from '@birge/domain';
import type { DirectoryFilter } from './directory-repository.js';

/**
 * The directory's filters live in the address (`/directory?type=pmpk&access=ramp`), so "back"
 * from an organization returns to the same results and a search can be shared. Values that are
 * not ours are dropped, not sent.
 */
export interface DirectoryState extends DirectoryFilter {
  /** The chosen place's name, so the filter shows it without asking the server. */
  placeName: string;
}

function oneOf<T extends string>(list: readonly T[], value: string | null): T | null {
  return value !== null && (list as readonly string[]).includes(value) ? (value as T) : null;
}

function near(value: string | null): { lat: number; lon: number } | null {
  const [lat, lon] = (value ?? '').split(',').map(Number);
  if (lat === undefined || lon === undefined || !Number.isFinite(lat) || !Number.isFinite(lon))
    return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { lat, lon };
}

export function readFilter(params: URLSearchParams): DirectoryState {
  const place = params.get('place');
  const access = (params.get('access') ?? '').split(',');
  return {
    q: params.get('q') ?? '',
    place: place && isKatoCode(place) ? place : null,
    placeName: params.get('placeName') ?? '',
    sector: oneOf(ORGANIZATION_SECTORS, params.get('sector')),
    type: oneOf(ORGANIZATION_TYPES, params.get('type')),
    element: oneOf(CBR_ELEMENT_IDS, params.get('element')),
    accessibility: ACCESSIBILITY_FEATURES.filter((f): f is AccessibilityFeature =>
      access.includes(f),
    ),
    near: near(params.get('near')),
  };
}

/** Coordinates to 4 decimals (about 10 m): enough to sort, no more precise than needed. */
const round = (value: number) => Math.round(value * 10_000) / 10_000;

export function writeFilter(state: DirectoryState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.place) {
    params.set('place', state.place);
    if (state.placeName) params.set('placeName', state.placeName);
  }
  if (state.sector) params.set('sector', state.sector);
  if (state.type) params.set('type', state.type);
  if (state.element) params.set('element', state.element);
  if (state.accessibility.length) params.set('access', state.accessibility.join(','));
  if (state.near) params.set('near', `${round(state.near.lat)},${round(state.near.lon)}`);
  return params;
}

/** The request's filter: the search text as typed is debounced by the page, the rest as is. */
export function requestFilter(state: DirectoryState, q: string): DirectoryFilter {
  const { placeName: _placeName, ...filter } = state;
  return {
    ...filter,
    q: q.trim(),
    near: filter.near ? { lat: round(filter.near.lat), lon: round(filter.near.lon) } : null,
  };
}

export function hasFilters(state: DirectoryState): boolean {
  return Boolean(
    state.place || state.sector || state.type || state.element || state.accessibility.length,
  );
}
