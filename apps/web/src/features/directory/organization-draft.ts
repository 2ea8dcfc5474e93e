import {
  organizationContentSchema,
  type AccessibilityFeature,
  type CbrElementId,
  type MessageKey,
  type Organization,
  type OrganizationContent,
  type OrganizationLanguage,
  type OrganizationSector,
  type OrganizationType,
} from '@birge/domain';
import { issueToFieldCode, type FieldCode } from '../person-form/issues.js';
import type { PlaceChoice } from './directory-repository.js';

/** The organization form as typed: text for everything, so half-typed values stay as they are. */
export interface OrganizationDraft {
  name: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  sector: OrganizationSector | '';
  type: OrganizationType | '';
  place: PlaceChoice | null;
  address: string;
  lat: string;
  lon: string;
  phone: string;
  email: string;
  website: string;
  openingHours: string;
  languages: OrganizationLanguage[];
  services: CbrElementId[];
  accessibility: AccessibilityFeature[];
  description: string;
}

export const emptyDraft = (): OrganizationDraft => ({
  name: '',
  nameKk: '',
  nameRu: '',
  nameEn: '',
  sector: '',
  type: '',
  place: null,
  address: '',
  lat: '',
  lon: '',
  phone: '',
  email: '',
  website: '',
  openingHours: '',
  languages: ['kk', 'ru'],
  services: [],
  accessibility: [],
  description: '',
});

export function organizationToDraft(org: Organization): OrganizationDraft {
  return {
    name: org.name,
    nameKk: org.names.kk ?? '',
    nameRu: org.names.ru ?? '',
    nameEn: org.names.en ?? '',
    sector: org.sector,
    type: org.type,
    place: { code: org.place.code, name: org.place.name, path: org.place.path },
    address: org.address,
    lat: org.coordinates ? String(org.coordinates.lat) : '',
    lon: org.coordinates ? String(org.coordinates.lon) : '',
    phone: org.phone ?? '',
    email: org.email ?? '',
    website: org.website ?? '',
    openingHours: org.openingHours ?? '',
    languages: [...org.languages],
    services: [...org.services],
    accessibility: [...org.accessibility],
    description: org.description ?? '',
  };
}

const orNull = (text: string) => (text.trim() ? text.trim() : null);

/** "43,3046" is read as 43.3046: phones in Kazakh and Russian type a comma. */
function number(text: string): number | null {
  const value = Number(text.trim().replace(',', '.'));
  return text.trim() && Number.isFinite(value) ? value : null;
}

export type CheckedDraft =
  { ok: true; value: OrganizationContent } | { ok: false; codes: FieldCode[] };

/** The draft as the API takes it, checked by the same schema the server uses. */
export function checkDraft(draft: OrganizationDraft): CheckedDraft {
  const codes: FieldCode[] = [];
  const lat = number(draft.lat);
  const lon = number(draft.lon);
  const notNumber: MessageKey = 'directory.form.notNumber';
  if (draft.lat.trim() && lat === null) codes.push({ path: 'coordinates.lat', key: notNumber });
  if (draft.lon.trim() && lon === null) codes.push({ path: 'coordinates.lon', key: notNumber });
  if (Boolean(draft.lat.trim()) !== Boolean(draft.lon.trim()))
    codes.push({
      path: draft.lat.trim() ? 'coordinates.lon' : 'coordinates.lat',
      key: 'directory.form.coordinatesBoth',
    });
  const names = Object.fromEntries(
    (
      [
        ['kk', draft.nameKk],
        ['ru', draft.nameRu],
        ['en', draft.nameEn],
      ] as const
    ).flatMap(([language, text]) => (text.trim() ? [[language, text.trim()]] : [])),
  );
  const parsed = organizationContentSchema.safeParse({
    name: draft.name,
    names,
    sector: draft.sector || undefined,
    type: draft.type || undefined,
    placeCode: draft.place?.code ?? '',
    address: draft.address,
    coordinates: lat !== null && lon !== null ? { lat, lon } : null,
    phone: orNull(draft.phone),
    email: orNull(draft.email),
    website: orNull(draft.website),
    openingHours: orNull(draft.openingHours),
    languages: draft.languages,
    services: draft.services,
    accessibility: draft.accessibility,
    description: orNull(draft.description),
  });
  if (!parsed.success) codes.push(...parsed.error.issues.map(issueToFieldCode));
  if (codes.length || !parsed.success) return { ok: false, codes };
  return { ok: true, value: parsed.data };
}

/** The label of the field an error path points to, for the error summary. */
export const FIELD_LABELS: Record<string, MessageKey> = {
  name: 'directory.form.name',
  'names.kk': 'directory.form.nameKk',
  'names.ru': 'directory.form.nameRu',
  'names.en': 'directory.form.nameEn',
  sector: 'directory.sector',
  type: 'directory.type',
  placeCode: 'directory.place',
  address: 'directory.address',
  'coordinates.lat': 'directory.form.lat',
  'coordinates.lon': 'directory.form.lon',
  phone: 'directory.phone',
  email: 'directory.email',
  website: 'directory.website',
  openingHours: 'directory.openingHours',
  languages: 'directory.languages',
  services: 'directory.services',
  accessibility: 'directory.accessibility',
  description: 'directory.description',
};
