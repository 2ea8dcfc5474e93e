import { z } from 'zod';
import { ProblemError } from '../../http/problem.js';

const offsetCursorSchema = z.object({ v: z.literal(2), offset: z.number().int().min(0) });

/**
 * Directory pages are offsets (docs/decisions/0026): the order is by name or by distance from a
 * point, the list is public reference data, and a district holds dozens of organizations.
 */
export function encodeOffset(offset: number): string {
  return Buffer.from(JSON.stringify({ v: 2, offset })).toString('base64url');
}

export function decodeOffset(cursor: string | undefined): number {
  if (cursor === undefined || cursor === '') return 0;
  try {
    return offsetCursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')))
      .offset;
  } catch {
    throw new ProblemError(400, 'bad_cursor');
  }
}
