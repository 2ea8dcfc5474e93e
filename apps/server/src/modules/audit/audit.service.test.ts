import { describe, expect, it } from 'vitest';
import type { NewAuditRow } from './audit.repo.js';
import { hashAuditRow } from './audit.service.js';

type UnhashedRow = Omit<NewAuditRow, 'hash'>;

function auditRow(overrides: Partial<UnhashedRow> = {}): UnhashedRow {
  return {
    chain: 3,
    chain_seq: 41,
    at: new Date('2026-07-17T09:15:00.000Z'),
    actor_id: '0190a2f4-8f5a-7b7c-9b2e-3f4d5e6f7a8b',
    actor_username: 'worker',
    actor_role: 'worker',
    action: 'update',
    entity: 'person',
    entity_id: '0190a2f4-8f5a-7b7c-9b2e-3f4d5e6f7a8c',
    fields: ['phone', 'icd10'],
    ip: '10.0.0.7',
    user_agent: 'Mozilla/5.0',
    request_id: 'req-1',
    prev_hash: 'a'.repeat(64),
    ...overrides,
  };
}

/** A different value of the same type for every column. */
const CHANGES: { [K in keyof UnhashedRow]: UnhashedRow[K] } = {
  chain: 4,
  chain_seq: 42,
  at: new Date('2026-07-17T09:15:00.001Z'),
  actor_id: null,
  actor_username: 'worker2',
  actor_role: 'supervisor',
  action: 'read',
  entity: 'household',
  entity_id: '0190a2f4-8f5a-7b7c-9b2e-3f4d5e6f7a8d',
  fields: ['phone'],
  ip: '10.0.0.8',
  user_agent: 'curl/8',
  request_id: 'req-2',
  prev_hash: 'b'.repeat(64),
};

describe('hashAuditRow', () => {
  it('is a SHA-256 hex digest', () => {
    expect(hashAuditRow(auditRow())).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the same row always hashes the same, so a verifier can recompute it', () => {
    expect(hashAuditRow(auditRow())).toBe(hashAuditRow(auditRow()));
  });

  it.each(Object.keys(CHANGES) as (keyof UnhashedRow)[])(
    'altering %s changes the hash, so the tampering is evident',
    (column) => {
      const altered = auditRow({ [column]: CHANGES[column] });
      expect(hashAuditRow(altered)).not.toBe(hashAuditRow(auditRow()));
    },
  );

  it('reordering the written fields changes the hash', () => {
    expect(hashAuditRow(auditRow({ fields: ['icd10', 'phone'] }))).not.toBe(
      hashAuditRow(auditRow()),
    );
  });

  it('moving text from one column to the next changes the hash', () => {
    const a = auditRow({ actor_username: 'ab', actor_role: 'c' });
    const b = auditRow({ actor_username: 'a', actor_role: 'bc' });
    expect(hashAuditRow(a)).not.toBe(hashAuditRow(b));
  });
});
