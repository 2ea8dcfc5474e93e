import type { SyncDevice } from '@birge/domain';
import { describe, expect, it } from 'vitest';
import { deviceTroubles, sortByTrouble } from './device-trouble.js';

const NOW = new Date('2026-05-10T12:00:00Z');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();

let serial = 0;
function device(overrides: Partial<SyncDevice> & { name?: string } = {}): SyncDevice {
  serial += 1;
  const { name = `User ${serial}`, ...rest } = overrides;
  return {
    deviceId: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    user: { id: `u${serial}`, name, username: `user${serial}` },
    firstSeenAt: hoursAgo(24 * 30),
    lastPullAt: hoursAgo(1),
    lastPushAt: hoursAgo(1),
    lastSuccessAt: hoursAgo(1),
    pending: 0,
    rejected: 0,
    conflictsOpen: 0,
    userAgent: null,
    ...rest,
  };
}

describe('device trouble', () => {
  it('finds nothing wrong with a device that synced an hour ago', () => {
    expect(deviceTroubles(device(), NOW)).toEqual([]);
  });

  it('flags three days without a successful sync, and a device that never synced', () => {
    expect(deviceTroubles(device({ lastSuccessAt: hoursAgo(73) }), NOW)).toEqual(['stale']);
    expect(deviceTroubles(device({ lastSuccessAt: hoursAgo(71) }), NOW)).toEqual([]);
    expect(deviceTroubles(device({ lastSuccessAt: null }), NOW)).toEqual(['never']);
  });

  it('flags rejected mutations and open conflicts', () => {
    expect(deviceTroubles(device({ rejected: 2, conflictsOpen: 1 }), NOW)).toEqual([
      'rejected',
      'conflicts',
    ]);
  });

  it('flags unsent changes only when the last successful sync is old', () => {
    expect(deviceTroubles(device({ pending: 5 }), NOW)).toEqual([]);
    expect(deviceTroubles(device({ pending: 5, lastSuccessAt: hoursAgo(30) }), NOW)).toEqual([
      'unsent',
    ]);
    expect(deviceTroubles(device({ pending: 5, lastSuccessAt: hoursAgo(100) }), NOW)).toEqual([
      'unsent',
      'stale',
    ]);
    expect(deviceTroubles(device({ pending: null, lastSuccessAt: hoursAgo(30) }), NOW)).toEqual([]);
  });

  it('lists devices in trouble first, the heaviest trouble first, then the longest silent', () => {
    const fine = device({ name: 'Ainur' });
    const conflicts = device({ name: 'Bolat', conflictsOpen: 1 });
    const stale = device({ name: 'Dana', lastSuccessAt: hoursAgo(24 * 5) });
    const staler = device({ name: 'Erlan', lastSuccessAt: hoursAgo(24 * 9) });
    const unsent = device({ name: 'Farida', pending: 3, lastSuccessAt: hoursAgo(26) });
    const never = device({ name: 'Gulnar', lastSuccessAt: null, lastPullAt: null });
    const order = sortByTrouble([fine, conflicts, stale, staler, unsent, never], NOW).map(
      (row) => row.device.user.name,
    );
    expect(order).toEqual(['Farida', 'Gulnar', 'Erlan', 'Dana', 'Bolat', 'Ainur']);
  });

  it('orders healthy devices by name', () => {
    const names = sortByTrouble([device({ name: 'Zhanna' }), device({ name: 'Aruzhan' })], NOW).map(
      (row) => row.device.user.name,
    );
    expect(names).toEqual(['Aruzhan', 'Zhanna']);
  });
});
