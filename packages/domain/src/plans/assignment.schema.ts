import { z } from 'zod';
import { idSchema, noteSchema } from '../registry/fields.js';

/**
 * The home programme: activity cards of the library assigned to a named member of the household,
 * with how often to practise. Cards are referred to by their stable id (`mobility.sit-to-stand`);
 * the library itself (packages/domain/src/activities) owns the cards.
 */

/** A card id of the activity library: a category and a name, lower case ("mobility.sit-to-stand"). */
export const activityRefSchema = z
  .string()
  .min(3)
  .max(80)
  .regex(/^[a-z][a-z0-9_-]*(?:\.[a-z0-9][a-z0-9_-]*)+$/, { error: 'plan.activity_id_format' });

export const FREQUENCY_PERIODS = ['day', 'week'] as const;
export type FrequencyPeriod = (typeof FREQUENCY_PERIODS)[number];

/** How often: `times` sessions per day or per week (three times a day; twice a week). */
export const frequencySchema = z.strictObject({
  times: z
    .number({ error: 'plan.frequency_out_of_range' })
    .int({ error: 'plan.frequency_out_of_range' })
    .min(1, { error: 'plan.frequency_out_of_range' })
    .max(10, { error: 'plan.frequency_out_of_range' }),
  per: z.enum(FREQUENCY_PERIODS),
});
export type Frequency = z.infer<typeof frequencySchema>;

export const MAX_ASSIGNMENTS = 30;

export const activityAssignmentSchema = z.strictObject({
  /** Client-generated UUID: practice logs refer to the assignment by it. */
  id: idSchema,
  activityId: activityRefSchema,
  /** The goal the activity serves, if one (a goal of the same plan). */
  goalId: idSchema.nullable().default(null),
  /** The household member who does it with the person (or the person themself). */
  personId: idSchema,
  frequency: frequencySchema,
  /** Inside the plan's period. */
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  /** A word for the family ("after the midday meal, on the carpet"). */
  note: noteSchema.nullable().default(null),
});
export type ActivityAssignmentInput = z.input<typeof activityAssignmentSchema>;
export type ActivityAssignment = z.infer<typeof activityAssignmentSchema>;

/** Sessions a frequency asks for in one day. */
export function sessionsPerDay(frequency: Frequency): number {
  return frequency.per === 'day' ? frequency.times : frequency.times / 7;
}
