import { describe, expect, it } from 'vitest';
import {
  deriveWrappingKey,
  generateDataKey,
  open,
  randomBytes,
  seal,
  unwrapDataKey,
  wrapDataKey,
} from './crypto.js';

// Fewer iterations keep the test fast; the production work factor is a constant of the module.
const FAST = 1_000;

describe('device store crypto', () => {
  it('round-trips a record under the data key with a fresh IV each time', async () => {
    const key = await generateDataKey();
    const record = { givenName: 'Айгерім', birthDate: '2015-03-02', tags: ['a'] };
    const first = await seal(record, key);
    const second = await seal(record, key);
    expect(Buffer.from(first.iv).equals(Buffer.from(second.iv))).toBe(false);
    expect(Buffer.from(first.data).toString('utf8')).not.toContain('Айгерім');
    expect(await open(first, key)).toEqual(record);
    expect(await open(second, key)).toEqual(record);
  });

  it('unwraps the data key with the right PIN only', async () => {
    const salt = randomBytes(16);
    const dataKey = await generateDataKey();
    const wrapped = await wrapDataKey(dataKey, await deriveWrappingKey('482913', salt, FAST));
    const wrong = await unwrapDataKey(wrapped, await deriveWrappingKey('482914', salt, FAST));
    expect(wrong).toBeNull();
    const right = await unwrapDataKey(wrapped, await deriveWrappingKey('482913', salt, FAST));
    expect(right).not.toBeNull();
    const sealed = await seal({ n: 1 }, dataKey);
    expect(await open(sealed, right as CryptoKey)).toEqual({ n: 1 });
  });

  it('derives different keys from the same PIN under different salts', async () => {
    const dataKey = await generateDataKey();
    const wrapped = await wrapDataKey(
      dataKey,
      await deriveWrappingKey('1234', randomBytes(16), FAST),
    );
    const other = await deriveWrappingKey('1234', randomBytes(16), FAST);
    expect(await unwrapDataKey(wrapped, other)).toBeNull();
  });

  it('refuses a tampered ciphertext', async () => {
    const key = await generateDataKey();
    const sealed = await seal({ secret: true }, key);
    const bytes = new Uint8Array(sealed.data);
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    await expect(open({ iv: sealed.iv, data: bytes.buffer }, key)).rejects.toThrow();
  });
});
