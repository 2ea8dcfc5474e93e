import { z } from 'zod';
import {
  coordinatesSchema,
  idSchema,
  katoCodeSchema,
  noteSchema,
  phoneSchema,
  shortTextSchema,
} from './fields.js';
import { personSummarySchema } from './person.schema.js';

export const DWELLING_TYPES = ['house', 'apartment', 'dormitory', 'temporary', 'other'] as const;
export const WATER_SOURCES = ['piped_indoor', 'yard_tap', 'well', 'delivered', 'other'] as const;
export const SANITATION_TYPES = ['indoor_toilet', 'outdoor_latrine', 'none'] as const;
export const HEATING_TYPES = ['central', 'gas', 'coal_wood', 'electric', 'none'] as const;

/**
 * Poverty markers a worker can see or ask about at the door. Targeted social assistance
 * (атаулы әлеуметтік көмек / адресная социальная помощь) is the state's own poverty test; income
 * under the subsistence minimum (ең төменгі күнкөріс деңгейі) is the line it uses.
 */
export const POVERTY_MARKERS = [
  'targeted_social_assistance',
  'income_below_subsistence',
  'no_working_adult',
  'food_insecurity',
  'inadequate_housing',
  'debt_arrears',
] as const;

export const livingConditionsSchema = z.strictObject({
  dwelling: z.enum(DWELLING_TYPES).nullable().default(null),
  rooms: z.number().int().min(1).max(30).nullable().default(null),
  floor: z.number().int().min(-1).max(60).nullable().default(null),
  elevator: z.boolean().nullable().default(null),
  water: z.enum(WATER_SOURCES).nullable().default(null),
  sanitation: z.enum(SANITATION_TYPES).nullable().default(null),
  heating: z.enum(HEATING_TYPES).nullable().default(null),
  electricity: z.boolean().nullable().default(null),
  povertyMarkers: z
    .array(z.enum(POVERTY_MARKERS))
    .max(POVERTY_MARKERS.length)
    .refine((list) => new Set(list).size === list.length, { message: 'list.duplicates' })
    .default([]),
});
export type LivingConditions = z.infer<typeof livingConditionsSchema>;

export const householdInputSchema = z.strictObject({
  /** Client-generated UUIDv7, so records created offline keep their id (design.md, "Data"). */
  id: idSchema.optional(),
  placeCode: katoCodeSchema,
  address: shortTextSchema,
  landmark: z.string().trim().max(300).nullable().default(null),
  coordinates: coordinatesSchema.nullable().default(null),
  phone: phoneSchema.nullable().default(null),
  livingConditions: livingConditionsSchema.default(livingConditionsSchema.parse({})),
  notes: noteSchema.nullable().default(null),
});
export type HouseholdInput = z.infer<typeof householdInputSchema>;

export const householdUpdateSchema = householdInputSchema.omit({ id: true }).extend({
  /** The revision the edit was based on; a stale one is a conflict, not a silent overwrite. */
  rev: z.number().int().min(1),
});
export type HouseholdUpdate = z.infer<typeof householdUpdateSchema>;

export const placeRefSchema = z.object({
  code: z.string(),
  name: z.string(),
  path: z.array(z.string()),
});

export const householdSchema = householdInputSchema.extend({
  id: idSchema,
  place: placeRefSchema,
  members: z.array(personSummarySchema),
  inPoverty: z.boolean(),
  rev: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Household = z.infer<typeof householdSchema>;

export const householdPageSchema = z.object({
  items: z.array(householdSchema),
  nextCursor: z.string().nullable(),
});
export type HouseholdPage = z.infer<typeof householdPageSchema>;
