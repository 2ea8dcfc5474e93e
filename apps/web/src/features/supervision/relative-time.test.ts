import { createTranslator } from '@birge/domain';
import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time.js';

const NOW = new Date('2026-05-10T12:00:00Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const en = createTranslator('en');

describe('relative time', () => {
  it('picks a natural unit', () => {
    expect(relativeTime(ago(20_000), NOW, en)).toBe('just now');
    expect(relativeTime(ago(5 * 60_000), NOW, en)).toBe('5 minutes ago');
    expect(relativeTime(ago(3 * 3_600_000), NOW, en)).toBe('3 hours ago');
    expect(relativeTime(ago(24 * 3_600_000), NOW, en)).toBe('1 day ago');
    expect(relativeTime(ago(4.5 * 24 * 3_600_000), NOW, en)).toBe('4 days ago');
    expect(relativeTime(ago(90 * 24 * 3_600_000), NOW, en)).toBe('3 months ago');
  });

  it('speaks the interface language, with Russian plural forms', () => {
    const ru = createTranslator('ru');
    expect(relativeTime(ago(3 * 24 * 3_600_000), NOW, ru)).toBe('3 дня назад');
    expect(relativeTime(ago(5 * 24 * 3_600_000), NOW, ru)).toBe('5 дней назад');
    expect(relativeTime(ago(21 * 60_000), NOW, ru)).toBe('21 минуту назад');
    expect(relativeTime(ago(3 * 24 * 3_600_000), NOW, createTranslator('kk'))).toBe('3 күн бұрын');
  });

  it('reads a clock ahead of the server as just now, and leaves an unreadable time as it is', () => {
    expect(relativeTime(new Date(NOW.getTime() + 60_000).toISOString(), NOW, en)).toBe('just now');
    expect(relativeTime('soon', NOW, en)).toBe('soon');
  });
});
