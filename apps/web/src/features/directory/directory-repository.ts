import {
  organizationPageSchema,
  organizationSchema,
  type AccessibilityFeature,
  type CbrElementId,
  type Organization,
  type OrganizationInput,
  type OrganizationPage,
  type OrganizationSector,
  type OrganizationType,
  type OrganizationUpdate,
} from '@birge/domain';
import { createApiClient, query, type ApiClientOptions } from '../../data/api-client.js';

/** What the directory list asks for; empty values are left out of the request. */
export interface DirectoryFilter {
  q: string;
  place: string | null;
  sector: OrganizationSector | null;
  type: OrganizationType | null;
  element: CbrElementId | null;
  accessibility: readonly AccessibilityFeature[];
  near: { lat: number; lon: number } | null;
}

export interface PlaceChoice {
  code: string;
  name: string;
  path: string[];
}

/** Reads `{ items: [{ code, name, path }] }` from the places API, refusing anything else. */
function parsePlaces(body: unknown): PlaceChoice[] {
  const items = (body as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) throw new Error('places: no items');
  return items.map((item: unknown) => {
    const { code, name, path } = (item ?? {}) as Record<string, unknown>;
    if (typeof code !== 'string' || typeof name !== 'string' || !Array.isArray(path))
      throw new Error('places: bad item');
    return { code, name, path: path.map(String) };
  });
}

/**
 * The service directory over HTTP. Online only: it is public reference data every role reads,
 * edited by supervisors and admins with the server's current version (decision 0026).
 */
export function createDirectoryRepository(options: ApiClientOptions) {
  const call = createApiClient(options);
  const id = encodeURIComponent;
  return {
    list: (filter: DirectoryFilter, page: { cursor?: string | null; limit?: number }) =>
      call<OrganizationPage>(
        `/organizations${query({
          q: filter.q.trim(),
          place: filter.place,
          sector: filter.sector,
          type: filter.type,
          element: filter.element,
          accessibility: filter.accessibility.join(','),
          near: filter.near ? `${filter.near.lat},${filter.near.lon}` : null,
          cursor: page.cursor,
          limit: page.limit,
        })}`,
        { parse: (b) => organizationPageSchema.parse(b) },
      ),
    get: (organizationId: string) =>
      call<Organization>(`/organizations/${id(organizationId)}`, {
        parse: (b) => organizationSchema.parse(b),
      }),
    create: (input: OrganizationInput) =>
      call<Organization>('/organizations', {
        method: 'POST',
        body: input,
        parse: (b) => organizationSchema.parse(b),
      }),
    update: (organizationId: string, input: OrganizationUpdate) =>
      call<Organization>(`/organizations/${id(organizationId)}`, {
        method: 'PUT',
        body: input,
        parse: (b) => organizationSchema.parse(b),
      }),
    remove: (organizationId: string) =>
      call<null>(`/organizations/${id(organizationId)}`, { method: 'DELETE', parse: () => null }),
    /** Places anywhere in the country (regions and districts too), for the filter and the form. */
    searchPlaces: (text: string) =>
      call<PlaceChoice[]>(`/places${query({ q: text, scope: 'all', minLevel: 1, limit: 20 })}`, {
        parse: parsePlaces,
      }),
  };
}
export type DirectoryRepository = ReturnType<typeof createDirectoryRepository>;
