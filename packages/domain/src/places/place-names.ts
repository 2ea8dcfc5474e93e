/**
 * Display names from the official short KATO names: the classifier abbreviates kinds of places
 * (`а.о.`, `с.о.`, `Г.А.` …); people read them expanded. The tables are ours, written from the
 * abbreviations that occur in the 2026-07-17 edition (shared/data/README.md).
 */

type Rule = [pattern: RegExp, replacement: string];

// Kazakh puts the kind after the proper name: "Ақжар а.о." → "Ақжар ауылдық округі".
// Some names use the Russian `Г.А.`, `ат.` for `атын.`, or `ќ` (an old-font stand-in for `қ`).
const KK_RULES: Rule[] = [
  [/^а\.\s?(.+)$/u, '$1 ауылы'],
  [/\sат(?:ын)?\.\s?/u, ' атындағы '],
  [/\s(?:[Ққ]\.[Әә]|[Гг]\.[Аа])\.$/u, ' қалалық әкімдігі'],
  [/\sа\.о\.?$/u, ' ауылдық округі'],
  [/\sа\.ә\.?$/u, ' ауылдық әкімдігі'],
  [/\sк\.ә\.$/u, ' кенттік әкімдігі'],
  [/\sшар\.қож\.$/u, ' шаруа қожалығы'],
  [/\sа\.?$/u, ' ауылы'],
  [/\sс\.$/u, ' селосы'],
  [/\sк\.$/u, ' кенті'],
  [/\s[қќ]\.$/u, ' қаласы'],
  [/\sст\.$/u, ' станциясы'],
  [/\sуч\.$/u, ' учаскесі'],
  [/\sж\.$/u, ' жайылымы'],
  [/\sрзд\.$/u, ' разъезі'],
];

// Russian puts the kind first for settlements ("с.Акжар" → "село Акжар").
const RU_PREFIX_RULES: Rule[] = [
  [/^с\.о\.\s?им\.\s?/u, 'сельский округ имени '],
  [/^с\.\s?им\.\s?/u, 'село имени '],
  [/^с\.а\.\s?/u, 'сельская администрация '],
  [/^с\.о\.\s?/u, 'сельский округ '],
  [/^г\.а\.\s?/u, 'городская администрация '],
  [/^п\.а\.\s?/u, 'поселковая администрация '],
  [/^р\.а\.\s?/u, 'районная администрация '],
  [/^с\.\s?/u, 'село '],
  [/^г\.\s?/u, 'город '],
  [/^п\.\s?/u, 'посёлок '],
  [/^ст\.\s?/u, 'станция '],
  [/^уч\.\s?/u, 'участок '],
  [/^рзд\.\s?/u, 'разъезд '],
  [/^отг\.ст\.\s?/u, 'отгонная станция '],
  [/^отг\.\s?/u, 'отгон '],
  [/^кр\.хоз\.?\s?/u, 'крестьянское хозяйство '],
  [/^крес\.пос\.\s?/u, 'крестьянский посёлок '],
  [/^Жив\.т(?:\.|очка)\s?/u, 'животноводческая точка '],
  [/^Отд\.\s?/u, 'отделение '],
];

// Administrations are abbreviated after the name. After an adjective ("Акжарский с.о.") the kind
// stays last; after a noun ("Аягоз г.а.") it reads naturally first.
const RU_SUFFIX_KINDS: Rule[] = [
  [/\s[Гг]\.[Аа]\.$/u, 'городская администрация'],
  [/\sс\.о\.?$/u, 'сельский округ'],
  [/\sс\.а\.$/u, 'сельская администрация'],
  [/\sп\.а\.$/u, 'поселковая администрация'],
  [/\sр\.а\.$/u, 'районная администрация'],
];
// A few settlements carry the kind after the name ("Заречное с."); it reads first in Russian.
const RU_SUFFIX_SETTLEMENTS: Rule[] = [[/\sс\.$/u, 'село']];
const RU_NAMED_AFTER: Rule = [/(^|\s)им\.\s?/u, '$1имени '];
const RU_ADJECTIVE = /(?:ая|яя|ий|ый|ой|ое|ее)$/u;

function normalize(name: string): string {
  return name.trim().replace(/\s+/gu, ' ');
}

/** Kazakh display name with the classifier's abbreviations expanded. */
export function expandKazakhPlaceName(official: string): string {
  return KK_RULES.reduce(
    (name, [pattern, replacement]) => name.replace(pattern, replacement),
    normalize(official),
  );
}

/** Russian display name with the classifier's abbreviations expanded. */
export function expandRussianPlaceName(official: string): string {
  let name = normalize(official);
  for (const [pattern, kind] of RU_SUFFIX_KINDS) {
    if (pattern.test(name)) {
      const base = name.replace(pattern, '');
      name = RU_ADJECTIVE.test(base) ? `${base} ${kind}` : `${kind} ${base}`;
      break;
    }
  }
  for (const [pattern, kind] of RU_SUFFIX_SETTLEMENTS) {
    if (pattern.test(name)) name = `${kind} ${name.replace(pattern, '')}`;
  }
  const prefix = RU_PREFIX_RULES.find(([pattern]) => pattern.test(name));
  if (prefix) name = name.replace(...prefix);
  return name.replace(...RU_NAMED_AFTER);
}
