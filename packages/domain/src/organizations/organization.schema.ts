import { z } from 'zod';
import { CBR_COMPONENT_IDS, CBR_ELEMENT_IDS, type CbrComponentId } from '../cbr/matrix.js';
import {
  coordinatesSchema,
  idSchema,
  katoCodeSchema,
  noteSchema,
  phoneSchema,
  shortTextSchema,
} from '../registry/fields.js';
import { PERSON_LANGUAGES } from '../registry/person.schema.js';

/**
 * The service directory (issue 6; docs/decisions/0026): organizations a CBR worker refers people
 * to. Kept by supervisors (in their places) and admins; read by every signed-in role.
 */

/** Sectors are the CBR matrix components, so a directory filter and a plan's goals speak alike. */
export const ORGANIZATION_SECTORS = CBR_COMPONENT_IDS;
export type OrganizationSector = CbrComponentId;

/**
 * Kinds of organization, with stable ids. ПМПК (психолого-медико-педагогическая консультация)
 * concludes on a child's special educational needs; КППК (кабинет психолого-педагогической
 * коррекции) gives correctional support.
 */
export const ORGANIZATION_TYPES = [
  'polyclinic',
  'rehabilitation_centre',
  'pmpk',
  'kppk',
  'kindergarten',
  'school',
  'college',
  'employment_centre',
  'social_protection',
  'ngo',
  'dpo',
  'other',
] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

/** The sector a type usually belongs to: the form's default, not a rule. */
export const ORGANIZATION_TYPE_SECTOR: Record<OrganizationType, OrganizationSector> = {
  polyclinic: 'health',
  rehabilitation_centre: 'health',
  pmpk: 'education',
  kppk: 'education',
  kindergarten: 'education',
  school: 'education',
  college: 'education',
  employment_centre: 'livelihood',
  social_protection: 'livelihood',
  ngo: 'social',
  dpo: 'empowerment',
  other: 'social',
};

export const ACCESSIBILITY_FEATURES = [
  'step_free_entrance',
  'ramp',
  'lift',
  'accessible_toilet',
  'accessible_parking',
  'sign_language',
  'hearing_loop',
  'easy_read',
  'braille',
  'tactile_paths',
  'home_visits',
] as const;
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];

/** Languages an organization serves people in: those a person may speak (sign language too). */
export const ORGANIZATION_LANGUAGES = PERSON_LANGUAGES;
export type OrganizationLanguage = (typeof ORGANIZATION_LANGUAGES)[number];

const unique = <T>(list: T[]) => new Set(list).size === list.length;
const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z.array(item).max(max).refine(unique, { message: 'list.duplicates' });

const optionalText = (max: number) => z.string().trim().min(1).max(max).nullable().default(null);

export const emailSchema = z
  .string()
  .trim()
  .max(200)
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: 'validation.invalid_email' });

export const websiteSchema = z
  .string()
  .trim()
  .max(300)
  .regex(/^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]+$/i, { message: 'validation.invalid_url' });

/** Names in other languages, beside the one the organization uses itself. */
export const organizationNamesSchema = z.strictObject({
  kk: shortTextSchema.optional(),
  ru: shortTextSchema.optional(),
  en: shortTextSchema.optional(),
});
export type OrganizationNames = z.infer<typeof organizationNamesSchema>;

export const organizationContentSchema = z.strictObject({
  /** The name as the organization writes it, in its own language. */
  name: shortTextSchema,
  names: organizationNamesSchema.default({}),
  sector: z.enum(ORGANIZATION_SECTORS),
  type: z.enum(ORGANIZATION_TYPES),
  placeCode: katoCodeSchema,
  address: shortTextSchema,
  coordinates: coordinatesSchema.nullable().default(null),
  phone: phoneSchema.nullable().default(null),
  email: emailSchema.nullable().default(null),
  website: websiteSchema.nullable().default(null),
  /** Free text as the organization posts it ("Дс–Жм 08:00–18:00, түскі үзіліс 13:00–14:00"). */
  openingHours: optionalText(300),
  languages: uniqueList(z.enum(ORGANIZATION_LANGUAGES), ORGANIZATION_LANGUAGES.length).default([]),
  /** Services offered, as CBR matrix elements (what a referral's element is matched against). */
  services: uniqueList(z.enum(CBR_ELEMENT_IDS), CBR_ELEMENT_IDS.length).default([]),
  accessibility: uniqueList(z.enum(ACCESSIBILITY_FEATURES), ACCESSIBILITY_FEATURES.length).default(
    [],
  ),
  /** What they do, whom they take and how to get an appointment, in words. */
  description: noteSchema.nullable().default(null),
});
export type OrganizationContent = z.infer<typeof organizationContentSchema>;

export const organizationInputSchema = organizationContentSchema.extend({
  /** Client-generated UUIDv7. */
  id: idSchema.optional(),
});
export type OrganizationInput = z.input<typeof organizationInputSchema>;
export type OrganizationInputValue = z.infer<typeof organizationInputSchema>;

export const organizationUpdateSchema = organizationContentSchema.extend({
  /** The revision the edit was based on; a stale one is a 409, not a silent overwrite. */
  rev: z.number().int().min(1),
});
export type OrganizationUpdate = z.infer<typeof organizationUpdateSchema>;

export const organizationSchema = z.object({
  id: idSchema,
  name: z.string(),
  names: z.object({
    kk: z.string().optional(),
    ru: z.string().optional(),
    en: z.string().optional(),
  }),
  sector: z.enum(ORGANIZATION_SECTORS),
  type: z.enum(ORGANIZATION_TYPES),
  placeCode: z.string(),
  /** The place's name in the reader's language and its ancestors' (region first). */
  place: z.object({ code: z.string(), name: z.string(), path: z.array(z.string()) }),
  address: z.string(),
  coordinates: z.object({ lat: z.number(), lon: z.number() }).nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string().nullable(),
  openingHours: z.string().nullable(),
  languages: z.array(z.enum(ORGANIZATION_LANGUAGES)),
  services: z.array(z.enum(CBR_ELEMENT_IDS)),
  accessibility: z.array(z.enum(ACCESSIBILITY_FEATURES)),
  description: z.string().nullable(),
  /** Kilometres from `near` when the list was asked for nearest first and coordinates are known. */
  distanceKm: z.number().nullable().optional(),
  rev: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Organization = z.infer<typeof organizationSchema>;

export const organizationPageSchema = z.object({
  items: z.array(organizationSchema),
  nextCursor: z.string().nullable(),
});
export type OrganizationPage = z.infer<typeof organizationPageSchema>;

/** The name to show a reader: theirs if the organization has one, else its own. */
export function organizationDisplayName(
  org: { name: string; names: OrganizationNames },
  language: 'kk' | 'ru' | 'en',
): string {
  return org.names[language] ?? org.name;
}

const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
