import { z } from 'zod';

/** RFC 9457 problem document as Birge sends it: a stable `code` and field errors with paths. */
export const problemSchema = z.looseObject({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  code: z.string(),
  instance: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).optional(),
  cursor: z.string().max(200).optional(),
  q: z.string().trim().max(100).optional(),
});
