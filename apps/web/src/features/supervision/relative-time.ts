import type { Translate } from '@birge/domain';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "5 minutes ago", "3 күн бұрын": how long ago a moment was, in the largest unit that reads
 * naturally. Our own catalogue rather than Intl.RelativeTimeFormat, whose Kazakh data some
 * browsers lack (they answer in English). A moment "in the future" (a device's clock ahead of the
 * server's) reads as just now.
 */
export function relativeTime(iso: string, now: Date, t: Translate): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const ago = now.getTime() - time;
  if (ago < MINUTE) return t('supervision.time.now');
  if (ago < HOUR) return t('supervision.time.minutes', { count: Math.floor(ago / MINUTE) });
  if (ago < DAY) return t('supervision.time.hours', { count: Math.floor(ago / HOUR) });
  if (ago < 60 * DAY) return t('supervision.time.days', { count: Math.floor(ago / DAY) });
  return t('supervision.time.months', { count: Math.floor(ago / (30 * DAY)) });
}
