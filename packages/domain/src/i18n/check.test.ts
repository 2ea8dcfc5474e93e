import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './catalogues.js';
import { checkCatalogues, formatCatalogueReport, type CatalogueProblem } from './check.js';

type Messages = Record<string, string>;

/** A small, correct set of catalogues; each test breaks one thing. */
function catalogues(overrides: { kk?: Messages; ru?: Messages; en?: Messages } = {}) {
  return {
    kk: {
      'app.name': 'Бірге',
      'action.save': 'Сақтау',
      'home.welcome': 'Қош келдіңіз, {name}',
      'common.years': '{count} жас',
      'nav.signedInAs': '{name} ({role})',
      ...overrides.kk,
    },
    ru: {
      'app.name': 'Бірге',
      'action.save': 'Сохранить',
      'home.welcome': 'Добро пожаловать, {name}',
      'common.years': '{count, plural, one {# год} few {# года} many {# лет} other {# года}}',
      'nav.signedInAs': '{name} ({role})',
      ...overrides.ru,
    },
    en: {
      'app.name': 'Бірге',
      'action.save': 'Save',
      'home.welcome': 'Welcome, {name}',
      'common.years': '{count, plural, one {# year} other {# years}}',
      'nav.signedInAs': '{name} ({role})',
      ...overrides.en,
    },
  };
}

const summary = (problems: CatalogueProblem[]) =>
  problems.map((p) => `${p.language} ${p.key} ${p.kind}`);

describe('checkCatalogues', () => {
  it('the real kk, ru and en catalogues have no problems', () => {
    const problems = checkCatalogues(CATALOGUES);
    expect(problems, formatCatalogueReport(problems)).toEqual([]);
  });

  it('a correct set of catalogues has no problems', () => {
    expect(checkCatalogues(catalogues())).toEqual([]);
  });

  it('a key missing in one language is reported for that language', () => {
    const set = catalogues();
    const { 'action.save': _dropped, ...en } = set.en;
    expect(summary(checkCatalogues({ ...set, en }))).toEqual(['en action.save missing']);
  });

  it('a key only a translation has is reported as extra', () => {
    expect(summary(checkCatalogues(catalogues({ ru: { 'action.saev': 'Сохранить' } })))).toEqual([
      'ru action.saev extra',
    ]);
  });

  it('a message that is not valid ICU is reported with the reason', () => {
    const problems = checkCatalogues(catalogues({ ru: { 'home.welcome': 'Привет, {name' } }));
    expect(summary(problems)).toEqual(['ru home.welcome syntax']);
    expect(problems[0]?.detail).toMatch(/not valid ICU/);
  });

  it('a plural without an other form is not valid ICU', () => {
    const broken = { 'common.years': '{count, plural, one {# год} few {# года}}' };
    expect(summary(checkCatalogues(catalogues({ ru: broken })))).toEqual([
      'ru common.years syntax',
    ]);
  });

  it('an argument renamed in a translation is reported', () => {
    const problems = checkCatalogues(catalogues({ en: { 'home.welcome': 'Welcome, {user}' } }));
    expect(summary(problems)).toEqual(['en home.welcome arguments']);
    expect(problems[0]?.detail).toContain('{user}');
    expect(problems[0]?.detail).toContain('{name}');
  });

  it('an argument dropped from a translation is reported', () => {
    expect(
      summary(checkCatalogues(catalogues({ ru: { 'home.welcome': 'Добро пожаловать' } }))),
    ).toEqual(['ru home.welcome arguments']);
  });

  it('an argument only a translation uses is reported', () => {
    const extra = { 'action.save': 'Save {what}' };
    expect(summary(checkCatalogues(catalogues({ en: extra })))).toEqual([
      'en action.save arguments',
    ]);
  });

  it('arguments inside plural forms count', () => {
    const source = { 'common.years': '{count} жас, {name}' };
    const ru = {
      'common.years':
        '{count, plural, one {# год, {name}} few {# года, {name}} many {# лет, {name}} other {# года, {name}}}',
    };
    const en = { 'common.years': '{count, plural, one {# year} other {# years, {name}}}' };
    expect(checkCatalogues(catalogues({ kk: source, ru, en }))).toEqual([]);
  });

  it('a plain argument in Kazakh may be a plural in Russian, but not a select', () => {
    expect(checkCatalogues(catalogues())).toEqual([]);
    const select = { 'common.years': '{count, select, one {год} other {лет}}' };
    const withNumber = { 'common.years': '{count, number} жас' };
    expect(summary(checkCatalogues(catalogues({ kk: withNumber, ru: select })))).toEqual([
      'ru common.years arguments',
    ]);
  });

  it('an empty or blank message is reported', () => {
    expect(summary(checkCatalogues(catalogues({ en: { 'action.save': '' } })))).toEqual([
      'en action.save empty',
    ]);
    expect(summary(checkCatalogues(catalogues({ kk: { 'action.save': '  ' } })))).toEqual([
      'kk action.save empty',
    ]);
  });

  it('a translation left in Kazakh is reported', () => {
    expect(summary(checkCatalogues(catalogues({ ru: { 'action.save': 'Сақтау' } })))).toEqual([
      'ru action.save untranslated',
    ]);
  });

  it('proper names and allow-listed layouts may equal the Kazakh text', () => {
    const set = catalogues({
      kk: { 'language.kk': 'Қазақша' },
      ru: { 'language.kk': 'Қазақша' },
      en: { 'language.kk': 'Қазақша' },
    });
    expect(checkCatalogues(set)).toEqual([]);
  });

  it('a message of arguments and punctuation only may equal the Kazakh text', () => {
    const layout = { 'person.line': '{given} {family}' };
    expect(checkCatalogues(catalogues({ kk: layout, ru: layout, en: layout }))).toEqual([]);
  });

  it('an allow-list entry can be limited to one language', () => {
    const radio = { 'enum.media.radio': 'Радио' };
    const set = catalogues({ kk: radio, ru: radio, en: radio });
    const options = { sameAsSource: ['app.name', 'ru:enum.media.radio'] };
    expect(summary(checkCatalogues(set, options))).toEqual(['en enum.media.radio untranslated']);
  });

  it('works for any set of keys and languages, such as a new area added later', () => {
    const set = {
      kk: { 'web.install': 'Орнату', 'web.update': 'Жаңарту' },
      ru: { 'web.install': 'Установить', 'web.update': 'Обновить' },
      de: { 'web.install': 'Installieren' },
    };
    expect(summary(checkCatalogues(set))).toEqual(['de web.update missing']);
  });

  it('reports a missing source catalogue instead of passing', () => {
    expect(summary(checkCatalogues({ ru: { a: 'б' } }))).toEqual(['kk * missing']);
  });
});

describe('formatCatalogueReport', () => {
  it('names the count, each language once, each key with its kind and reason', () => {
    const set = catalogues({
      ru: { 'action.save': 'Сақтау', 'home.welcome': 'Привет, {user}' },
      en: { 'action.save': '' },
    });
    const report = formatCatalogueReport(checkCatalogues(set));
    expect(report.split('\n')).toEqual([
      '3 problem(s) in the message catalogues:',
      '  en:',
      '    action.save  [empty] the message is empty',
      '  ru:',
      '    action.save  [untranslated] identical to the kk message',
      expect.stringMatching(/^ {4}home\.welcome {2}\[arguments\] arguments \{user\} differ/),
    ]);
  });
});
