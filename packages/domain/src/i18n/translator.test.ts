import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATALOGUES, type MessageKey } from './catalogues.js';
import { createTranslator, pseudoCatalogue } from './translator.js';

describe('createTranslator', () => {
  const ru = createTranslator('ru');

  it.each([
    [1, '1 год'],
    [2, '2 года'],
    [4, '4 года'],
    [5, '5 лет'],
    [11, '11 лет'],
    [12, '12 лет'],
    [21, '21 год'],
    [22, '22 года'],
    [25, '25 лет'],
    [101, '101 год'],
  ])('Russian says %i years as "%s"', (count, text) => {
    expect(ru('common.years', { count })).toBe(text);
  });

  it('English has one and other', () => {
    const en = createTranslator('en');
    expect(en('common.years', { count: 1 })).toBe('1 year');
    expect(en('common.years', { count: 21 })).toBe('21 years');
  });

  it('Kazakh has no plural forms for numbers', () => {
    const kk = createTranslator('kk');
    expect(kk('common.years', { count: 1 })).toBe('1 жас');
    expect(kk('common.years', { count: 21 })).toBe('21 жас');
  });

  it('puts arguments in place', () => {
    expect(createTranslator('kk')('home.welcome', { name: 'Айгерім' })).toBe(
      'Қош келдіңіз, Айгерім',
    );
  });

  it('uses the catalogue it is given', () => {
    const custom = { ...CATALOGUES.en, 'home.welcome': 'Hi {name}!' };
    expect(createTranslator('en', custom)('home.welcome', { name: 'Assel' })).toBe('Hi Assel!');
  });

  it('shows the key of a part not loaded yet, and the message once it is', () => {
    const { 'screening.action': action, ...partial } = CATALOGUES.kk;
    const catalogue = partial as typeof CATALOGUES.kk;
    const t = createTranslator('kk', catalogue);
    expect(t('screening.action')).toBe('screening.action');
    Object.assign(catalogue, { 'screening.action': action });
    expect(t('screening.action')).toBe(action);
  });
});

describe('pseudoCatalogue', () => {
  const pseudo = pseudoCatalogue(CATALOGUES.en);
  const keys = Object.keys(CATALOGUES.en) as MessageKey[];

  it('marks every message so text outside the catalogues stands out', () => {
    expect(pseudo['action.save']).toMatch(/^\[Sávé·+\]$/);
  });

  it('makes every message longer, to catch layouts that only fit English', () => {
    for (const key of keys)
      expect(pseudo[key].length, key).toBeGreaterThan(CATALOGUES.en[key].length);
  });

  it('leaves ICU arguments intact', () => {
    expect(pseudo['home.welcome']).toContain('{name}');
    expect(pseudo['common.years']).toContain('{count, plural, one {# year} other {# years}}');
  });

  it('every pseudo message still parses as ICU', () => {
    for (const key of keys) expect(() => parse(pseudo[key]), key).not.toThrow();
  });

  it('formats with the same values as English', () => {
    const t = createTranslator('en', pseudo);
    expect(t('home.welcome', { name: 'Assel' })).toContain('Assel');
    expect(t('common.years', { count: 5 })).toContain('5 years');
  });
});
