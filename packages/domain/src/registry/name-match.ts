/**
 * Name matching for duplicate warnings. The same person is written "Әсел", "Асель" or "Assel"
 * depending on who types: fold Kazakh letters to their Russian look-alikes, transliterate Latin to
 * Cyrillic roughly, then compare by edit distance.
 */

const KAZAKH_TO_RUSSIAN: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
  й: 'и',
  ы: 'и',
  ъ: '',
  ь: '',
};

const LATIN_TO_CYRILLIC: [RegExp, string][] = [
  [/sh/g, 'ш'],
  [/ch/g, 'ч'],
  [/zh/g, 'ж'],
  [/kh/g, 'х'],
  [/ts/g, 'ц'],
  [/ya/g, 'я'],
  [/yu/g, 'ю'],
  [/a/g, 'а'],
  [/b/g, 'б'],
  [/c/g, 'к'],
  [/d/g, 'д'],
  [/e/g, 'е'],
  [/f/g, 'ф'],
  [/g/g, 'г'],
  [/h/g, 'х'],
  [/i/g, 'и'],
  [/j/g, 'ж'],
  [/k/g, 'к'],
  [/l/g, 'л'],
  [/m/g, 'м'],
  [/n/g, 'н'],
  [/o/g, 'о'],
  [/p/g, 'п'],
  [/q/g, 'к'],
  [/r/g, 'р'],
  [/s/g, 'с'],
  [/t/g, 'т'],
  [/u/g, 'у'],
  [/v/g, 'в'],
  [/w/g, 'у'],
  [/x/g, 'кс'],
  [/y/g, 'и'],
  [/z/g, 'з'],
];

/** A comparable key for a name: lower case, Cyrillic, Kazakh letters folded, no punctuation. */
export function normalizeName(name: string): string {
  let s = name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
  for (const [pattern, replacement] of LATIN_TO_CYRILLIC) s = s.replace(pattern, replacement);
  return [...s].map((ch) => KAZAKH_TO_RUSSIAN[ch] ?? ch).join('');
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** Two names are similar when their normalized forms differ by at most one edit per five letters. */
export function namesSimilar(a: string, b: string): boolean {
  const x = normalizeName(a);
  const y = normalizeName(b);
  if (!x || !y) return false;
  const allowed = Math.max(1, Math.floor(Math.max(x.length, y.length) / 5));
  return editDistance(x, y, allowed) <= allowed;
}

/**
 * A search key: lower case with Kazakh letters folded to their Russian look-alikes, so "асел" finds
 * "Әсел" on a keyboard without Kazakh letters. Spaces, digits and punctuation stay.
 */
export function searchKey(text: string): string {
  return [...text.normalize('NFC').toLowerCase()]
    .map((ch) => KAZAKH_TO_RUSSIAN_SEARCH[ch] ?? ch)
    .join('')
    .replace(/\s+/gu, ' ')
    .trim();
}

const KAZAKH_TO_RUSSIAN_SEARCH: Record<string, string> = {
  ә: 'а',
  ғ: 'г',
  қ: 'к',
  ң: 'н',
  ө: 'о',
  ұ: 'у',
  ү: 'у',
  һ: 'х',
  і: 'и',
  ё: 'е',
};
