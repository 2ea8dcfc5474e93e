/**
 * `npm run i18n:check`: fails (exit code 1) when the kk, ru and en catalogues disagree. The rules
 * live in src/i18n/check.ts so the unit tests run the same check.
 */
import { CATALOGUES } from '../src/i18n/catalogues.js';
import { checkCatalogues, formatCatalogueReport } from '../src/i18n/check.js';
import { DEFAULT_LANGUAGE } from '../src/i18n/locales.js';

const problems = checkCatalogues(CATALOGUES, { source: DEFAULT_LANGUAGE });
if (problems.length > 0) {
  process.stderr.write(`${formatCatalogueReport(problems)}\n`);
  process.exitCode = 1;
} else {
  const languages = Object.keys(CATALOGUES);
  const keys = Object.keys(CATALOGUES[DEFAULT_LANGUAGE]).length;
  process.stdout.write(
    `i18n: ${keys} keys × ${languages.length} languages (${languages.join(', ')}) — all present, valid ICU, same arguments.\n`,
  );
}
