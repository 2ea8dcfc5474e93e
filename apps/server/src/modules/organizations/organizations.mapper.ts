import type { Organization, OrganizationContent } from '@birge/domain';
import type { PlaceView } from '../places/places.service.js';
import type { OrganizationRow } from './organizations.repo.js';

/** The writable fields of a stored organization, to tell which ones a change touches. */
export function contentOf(row: OrganizationRow): OrganizationContent {
  return {
    name: row.name,
    names: row.names,
    sector: row.sector as OrganizationContent['sector'],
    type: row.type as OrganizationContent['type'],
    placeCode: row.place_code,
    address: row.address,
    coordinates:
      row.latitude !== null && row.longitude !== null
        ? { lat: row.latitude, lon: row.longitude }
        : null,
    phone: row.phone,
    email: row.email,
    website: row.website,
    openingHours: row.opening_hours,
    languages: row.languages as OrganizationContent['languages'],
    services: row.services as OrganizationContent['services'],
    accessibility: row.accessibility as OrganizationContent['accessibility'],
    description: row.description,
  };
}

export function toOrganization(row: OrganizationRow, place: PlaceView | undefined): Organization {
  const distance = row.distance_km ?? null;
  return {
    id: row.id,
    ...contentOf(row),
    place: { code: row.place_code, name: place?.name ?? row.place_code, path: place?.path ?? [] },
    ...(row.distance_km !== undefined
      ? { distanceKm: distance === null ? null : Math.round(distance * 10) / 10 }
      : {}),
    rev: row.rev,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}
