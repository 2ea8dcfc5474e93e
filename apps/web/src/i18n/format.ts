import { INTL_LOCALE, type Language } from '@birge/domain';

export interface Formatters {
  /** An ISO date (YYYY-MM-DD) as people read it: "12 наурыз 2024 ж." */
  formatDate: (iso: string | null | undefined) => string;
  /** A timestamp with time of day. */
  formatDateTime: (iso: string | null | undefined) => string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Kazakh dates are written numerically (12.04.1990), as on Kazakhstan's documents: browsers'
 * Kazakh month names are often missing ("1990 M04 12"). Russian and English use Intl.
 */
function numericDate(value: Date, withTime: boolean): string {
  const date = `${pad(value.getUTCDate())}.${pad(value.getUTCMonth() + 1)}.${value.getUTCFullYear()}`;
  if (!withTime) return date;
  return `${pad(value.getDate())}.${pad(value.getMonth() + 1)}.${value.getFullYear()}, ${pad(value.getHours())}:${pad(value.getMinutes())}`;
}

function parse(iso: string): Date | null {
  const value = new Date(DATE_ONLY.test(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(value.getTime()) ? null : value;
}

export function createFormatters(language: Language): Formatters {
  const locale = INTL_LOCALE[language];
  const date = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const numeric = language === 'kk';
  return {
    formatDate(iso) {
      const value = iso ? parse(iso) : null;
      if (!value) return iso ?? '';
      return numeric ? numericDate(value, false) : date.format(value);
    },
    formatDateTime(iso) {
      const value = iso ? parse(iso) : null;
      if (!value) return iso ?? '';
      return numeric ? numericDate(value, true) : dateTime.format(value);
    },
  };
}

/** Name as people say it: given name, patronymic, family name ("Асқар Серікұлы Тоқтаров"). */
export function fullName(person: {
  givenName: string;
  familyName?: string | null;
  patronymic?: string | null;
}): string {
  return [person.givenName, person.patronymic, person.familyName]
    .filter((part): part is string => Boolean(part?.trim()))
    .map((part) => part.trim())
    .join(' ');
}

/** "Алматы облысы › Талғар ауданы › Қайнар ауылы" */
export function placeTrail(place: { name: string; path: readonly string[] }): string {
  return [...place.path, place.name].join(' › ');
}
