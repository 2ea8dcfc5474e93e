import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time.js';

const NOW = new Date('2026-05-10T12:00:00Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();

describe('relative time', () => {
  it('picks a natural unit', () => {
    expect(relativeTime(ago(5 * 60_000), NOW, 'en-GB')).toBe('5 minutes ago');
    expect(relativeTime(ago(3 * 3_600_000), NOW, 'en-GB')).toBe('3 hours ago');
    expect(relativeTime(ago(24 * 3_600_000), NOW, 'en-GB')).toBe('yesterday');
    expect(relativeTime(ago(4 * 24 * 3_600_000), NOW, 'en-GB')).toBe('4 days ago');
    expect(relativeTime(ago(90 * 24 * 3_600_000), NOW, 'en-GB')).toBe('3 months ago');
  });

  it('speaks the interface language', () => {
    expect(relativeTime(ago(3 * 24 * 3_600_000), NOW, 'ru-RU')).toBe('3 дня назад');
    expect(relativeTime(ago(3 * 24 * 3_600_000), NOW, 'kk-KZ')).toBe('3 күн бұрын');
  });

  it('leaves an unreadable time as it is', () => {
    expect(relativeTime('soon', NOW, 'en-GB')).toBe('soon');
  });
});
