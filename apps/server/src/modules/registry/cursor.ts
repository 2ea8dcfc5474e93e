import { z } from 'zod';
import { ProblemError } from '../../http/problem.js';

/** List pages: default and largest page size (a larger `limit` is capped, not refused). */
export const DEFAULT_PAGE = 25;
export const MAX_PAGE = 100;

const cursorSchema = z.object({ v: z.literal(1), id: z.uuid() });

/** Opaque list cursors: the last id seen, versioned so the format can change. */
export function encodeCursor(id: string): string {
  return Buffer.from(JSON.stringify({ v: 1, id })).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): string | undefined {
  if (cursor === undefined || cursor === '') return undefined;
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))).id;
  } catch {
    throw new ProblemError(400, 'bad_cursor');
  }
}
