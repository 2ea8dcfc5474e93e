import {
  isArgumentElement,
  isDateElement,
  isLiteralElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  parse,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';

/**
 * The catalogue check CI runs (style.md §8, after CHT's translation linter): every language has
 * the same keys, every message is non-empty valid ICU with the same arguments as the source, and
 * nothing is left in Kazakh by mistake. Generic over languages and keys, so new areas are checked
 * without changes here.
 */

export type CatalogueProblemKind =
  'missing' | 'extra' | 'empty' | 'syntax' | 'arguments' | 'untranslated';

export interface CatalogueProblem {
  language: string;
  key: string;
  kind: CatalogueProblemKind;
  detail: string;
}

export interface CatalogueCheckOptions {
  /** The language every other one is compared with. */
  source: string;
  /**
   * Keys whose text may equal the source (proper names, shared words). A trailing `*` matches any
   * key with that prefix ("language.*"); a `ru:` prefix limits an entry to one language.
   */
  sameAsSource: readonly string[];
}

/** Keys whose text is the same as Kazakh by design: proper names, layouts, shared loanwords. */
export const SAME_AS_SOURCE_KEYS = [
  'app.name',
  'language.*',
  'nav.signedInAs',
  'person.title',
  'person.historyEntry',
  'ru:enum.heating.gas',
  'ru:person.phone',
] as const;

const DEFAULT_OPTIONS: CatalogueCheckOptions = { source: 'kk', sameAsSource: SAME_AS_SOURCE_KEYS };

type CatalogueSet = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** What an argument is used as; a plain `{x}` fits any use (Kazakh needs no plural forms). */
type ArgumentUse = 'any' | 'number' | 'date' | 'select' | 'tag';

interface Parsed {
  arguments: Map<string, ArgumentUse>;
  /** The text outside arguments, to tell a layout ("{name} ({role})") from words. */
  literal: string;
}

function collect(elements: MessageFormatElement[], into: Parsed): void {
  const use = (name: string, kind: ArgumentUse) => {
    const known = into.arguments.get(name);
    if (known === undefined || known === 'any') into.arguments.set(name, kind);
  };
  for (const el of elements) {
    if (isLiteralElement(el)) into.literal += el.value;
    else if (isArgumentElement(el)) use(el.value, 'any');
    else if (isNumberElement(el)) use(el.value, 'number');
    else if (isDateElement(el) || isTimeElement(el)) use(el.value, 'date');
    else if (isPluralElement(el) || isSelectElement(el)) {
      use(el.value, isPluralElement(el) ? 'number' : 'select');
      for (const option of Object.values(el.options)) collect(option.value, into);
    } else if (isTagElement(el)) {
      use(el.value, 'tag');
      collect(el.children, into);
    }
  }
}

function parseMessage(message: string): Parsed {
  const parsed: Parsed = { arguments: new Map(), literal: '' };
  collect(parse(message), parsed);
  return parsed;
}

function describe(args: Map<string, ArgumentUse>): string {
  const names = [...args.keys()].sort();
  return names.length ? names.map((n) => `{${n}}`).join(', ') : 'none';
}

/** Differences in arguments between the source message and a translation, or null. */
function argumentMismatch(
  source: Map<string, ArgumentUse>,
  target: Map<string, ArgumentUse>,
): string | null {
  const names = new Set([...source.keys(), ...target.keys()]);
  for (const name of names) {
    const a = source.get(name);
    const b = target.get(name);
    if (a === undefined || b === undefined)
      return `arguments ${describe(target)} differ from the source's ${describe(source)}`;
    if (a !== 'any' && b !== 'any' && a !== b)
      return `{${name}} is used as ${b} here but as ${a} in the source`;
  }
  return null;
}

function allowedSame(language: string, key: string, patterns: readonly string[]): boolean {
  return patterns.some((entry) => {
    const [only, pattern] = entry.includes(':') ? entry.split(':', 2) : [language, entry];
    if (only !== language || pattern === undefined) return false;
    return pattern.endsWith('*') ? key.startsWith(pattern.slice(0, -1)) : key === pattern;
  });
}

/** Every problem in a set of catalogues (language → key → ICU message), in a stable order. */
export function checkCatalogues(
  catalogues: CatalogueSet,
  options: Partial<CatalogueCheckOptions> = {},
): CatalogueProblem[] {
  const { source, sameAsSource } = { ...DEFAULT_OPTIONS, ...options };
  const problems: CatalogueProblem[] = [];
  const reference = catalogues[source];
  if (!reference)
    return [
      { language: source, key: '*', kind: 'missing', detail: 'the source catalogue is absent' },
    ];

  const parsed = new Map<string, Map<string, Parsed>>();
  for (const [language, catalogue] of Object.entries(catalogues)) {
    const byKey = new Map<string, Parsed>();
    parsed.set(language, byKey);
    for (const [key, message] of Object.entries(catalogue)) {
      if (typeof message !== 'string' || message.trim() === '') {
        problems.push({ language, key, kind: 'empty', detail: 'the message is empty' });
        continue;
      }
      try {
        byKey.set(key, parseMessage(message));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        problems.push({ language, key, kind: 'syntax', detail: `not valid ICU: ${reason}` });
      }
    }
  }

  const sourceParsed = parsed.get(source) ?? new Map<string, Parsed>();
  for (const [language, catalogue] of Object.entries(catalogues)) {
    if (language === source) continue;
    for (const key of Object.keys(reference))
      if (!Object.hasOwn(catalogue, key))
        problems.push({ language, key, kind: 'missing', detail: `no message (source has one)` });
    for (const key of Object.keys(catalogue)) {
      if (!Object.hasOwn(reference, key)) {
        problems.push({ language, key, kind: 'extra', detail: `the source has no such key` });
        continue;
      }
      const mine = parsed.get(language)?.get(key);
      const theirs = sourceParsed.get(key);
      if (!mine || !theirs) continue;
      const mismatch = argumentMismatch(theirs.arguments, mine.arguments);
      if (mismatch) problems.push({ language, key, kind: 'arguments', detail: mismatch });
      const hasWords = /\p{L}/u.test(mine.literal);
      if (
        catalogue[key] === reference[key] &&
        hasWords &&
        !allowedSame(language, key, sameAsSource)
      )
        problems.push({
          language,
          key,
          kind: 'untranslated',
          detail: `identical to the ${source} message`,
        });
    }
  }

  const order = (p: CatalogueProblem) => `${p.language}\u0000${p.key}\u0000${p.kind}`;
  return problems.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

/** A report a translator can act on: one line per problem, grouped by language. */
export function formatCatalogueReport(problems: readonly CatalogueProblem[]): string {
  const lines = [`${problems.length} problem(s) in the message catalogues:`];
  let language = '';
  for (const p of problems) {
    if (p.language !== language) {
      language = p.language;
      lines.push(`  ${language}:`);
    }
    lines.push(`    ${p.key}  [${p.kind}] ${p.detail}`);
  }
  return lines.join('\n');
}
