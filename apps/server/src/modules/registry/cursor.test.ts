import { describe, expect, it } from 'vitest';
import { ProblemError } from '../../http/problem.js';
import { decodeCursor, encodeCursor } from './cursor.js';

const ID = '0190a2f4-8f5a-7b7c-9b2e-3f4d5e6f7a8b';

function refusal(cursor: string): unknown {
  try {
    decodeCursor(cursor);
  } catch (error) {
    return error;
  }
  return 'accepted';
}

describe('list cursors', () => {
  it('the next page starts after the id the cursor was made from', () => {
    expect(decodeCursor(encodeCursor(ID))).toBe(ID);
  });

  it('is opaque and safe in a URL', () => {
    expect(encodeCursor(ID)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encodeCursor(ID)).not.toContain(ID);
  });

  it('no cursor, or an empty one, means the first page', () => {
    expect(decodeCursor(undefined)).toBeUndefined();
    expect(decodeCursor('')).toBeUndefined();
  });

  it.each([
    ['garbage', 'not a cursor!'],
    ['base64 that is not JSON', Buffer.from('hello').toString('base64url')],
    [
      'JSON of another version',
      Buffer.from(JSON.stringify({ v: 2, id: ID })).toString('base64url'),
    ],
    [
      'an id that is not a UUID',
      Buffer.from(JSON.stringify({ v: 1, id: "1' OR 1=1" })).toString('base64url'),
    ],
    ['JSON without an id', Buffer.from('{"v":1}').toString('base64url')],
  ])('%s is refused as a bad cursor (400)', (_label, cursor) => {
    const error = refusal(cursor);
    expect(error).toBeInstanceOf(ProblemError);
    expect(error).toMatchObject({ status: 400, code: 'bad_cursor' });
  });
});
