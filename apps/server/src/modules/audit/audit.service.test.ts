import { describe, expect, it } from 'vitest';
import { AUDIT_CHAINS, chainFor } from './audit.service.js';

describe('chainFor', () => {
  it('puts the same actor on the same chain every time', () => {
    expect(chainFor('0190a2f4-8f5a-7b7c-9b2e-3f4d5e6f7a8b')).toBe(
      chainFor('0190a2f4-8f5a-7b7c-9b2e-3f4d5e6f7a8b'),
    );
  });

  it('stays within the chains that verification walks', () => {
    for (let i = 0; i < 500; i++) {
      const chain = chainFor(`user-${i}`);
      expect(Number.isInteger(chain) && chain >= 0 && chain < AUDIT_CHAINS).toBe(true);
    }
  });

  it('spreads many actors over all chains, so they do not queue behind one lock', () => {
    const used = new Set(
      Array.from({ length: 400 }, (_, i) =>
        chainFor(`0190a2f4-8f5a-7b7c-9b2e-${String(i).padStart(12, '0')}`),
      ),
    );
    expect(used.size).toBe(AUDIT_CHAINS);
  });
});
