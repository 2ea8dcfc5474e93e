import { z } from 'zod';
import { ProblemError } from '../../http/problem.js';

/**
 * A position in the change stream: the id of the transaction that wrote a row (xid8, as text) and
 * the row's number in the global sync sequence. Positions compare as the pair of integers.
 */
export interface Position {
  tx: bigint;
  seq: bigint;
}

export const START: Position = { tx: 0n, seq: 0n };

const cursorSchema = z.object({
  v: z.literal(1),
  tx: z.string().regex(/^\d{1,20}$/),
  seq: z.string().regex(/^\d{1,20}$/),
});

export function encodeSyncCursor(position: Position): string {
  const doc = { v: 1, tx: position.tx.toString(), seq: position.seq.toString() };
  return Buffer.from(JSON.stringify(doc)).toString('base64url');
}

export function decodeSyncCursor(cursor: string | undefined): Position {
  if (cursor === undefined || cursor === '') return START;
  try {
    const doc = cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return { tx: BigInt(doc.tx), seq: BigInt(doc.seq) };
  } catch {
    throw new ProblemError(400, 'bad_cursor');
  }
}

export function comparePositions(a: Position, b: Position): number {
  if (a.tx !== b.tx) return a.tx < b.tx ? -1 : 1;
  if (a.seq !== b.seq) return a.seq < b.seq ? -1 : 1;
  return 0;
}
