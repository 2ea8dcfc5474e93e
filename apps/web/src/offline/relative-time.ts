import type { Translate } from '@birge/domain';

/**
 * "2 minutes ago" from the catalogues rather than Intl.RelativeTimeFormat: the Chromium builds we
 * test lack Kazakh relative-time data (decision 0010 found the same for month names).
 */
export function relativeTime(iso: string, t: Translate, now = Date.now()): string {
  const minutes = Math.max(0, Math.floor((now - Date.parse(iso)) / 60_000));
  if (minutes < 1) return t('sync.time.justNow');
  if (minutes < 60) return t('sync.time.minutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('sync.time.hours', { count: hours });
  return t('sync.time.days', { count: Math.floor(hours / 24) });
}
