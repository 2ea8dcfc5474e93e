const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "5 minutes ago", "yesterday", "3 күн бұрын": how long ago a moment was, in the interface's
 * language (Intl.RelativeTimeFormat), in the largest unit that reads naturally.
 */
export function relativeTime(iso: string, now: Date, locale: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const diff = time - now.getTime();
  const abs = Math.abs(diff);
  if (abs < HOUR) return format.format(Math.round(diff / MINUTE), 'minute');
  if (abs < DAY) return format.format(Math.round(diff / HOUR), 'hour');
  if (abs < 60 * DAY) return format.format(Math.round(diff / DAY), 'day');
  return format.format(Math.round(diff / (30 * DAY)), 'month');
}
