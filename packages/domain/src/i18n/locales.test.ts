import { describe, expect, it } from 'vitest';
import { isLanguage, negotiateLanguage } from './locales.js';

describe('negotiateLanguage', () => {
  it('a Russian browser gets Russian', () => {
    expect(negotiateLanguage('ru-RU,ru;q=0.9')).toBe('ru');
  });

  it('a Kazakh browser gets Kazakh', () => {
    expect(negotiateLanguage('kk-KZ,kk;q=0.9,ru;q=0.8')).toBe('kk');
  });

  it('the highest quality wins, whatever the order', () => {
    expect(negotiateLanguage('en;q=0.5,ru;q=0.8')).toBe('ru');
  });

  it('among equal qualities the first listed wins', () => {
    expect(negotiateLanguage('en,ru')).toBe('en');
  });

  it('skips languages we do not offer and takes the next one we do', () => {
    expect(negotiateLanguage('de-DE,de;q=0.9,en;q=0.7')).toBe('en');
  });

  it('falls back to Kazakh when no offered language is asked for', () => {
    expect(negotiateLanguage('de-DE,fr;q=0.8')).toBe('kk');
    expect(negotiateLanguage('*')).toBe('kk');
  });

  it('falls back to Kazakh without a header', () => {
    expect(negotiateLanguage(undefined)).toBe('kk');
    expect(negotiateLanguage(null)).toBe('kk');
    expect(negotiateLanguage('')).toBe('kk');
  });

  it('a language refused with q=0 is not chosen', () => {
    expect(negotiateLanguage('ru;q=0,en;q=0.1')).toBe('en');
    expect(negotiateLanguage('ru;q=0')).toBe('kk');
  });

  it('ignores an unreadable quality rather than choosing that language', () => {
    expect(negotiateLanguage('ru;q=abc,en;q=0.5')).toBe('en');
  });

  it('reads tags case-insensitively and tolerates spaces', () => {
    expect(negotiateLanguage(' RU-ru ; q=0.9 , en ; q=0.1')).toBe('ru');
  });
});

describe('isLanguage', () => {
  it('knows the three interface languages and nothing else', () => {
    expect(['kk', 'ru', 'en'].every(isLanguage)).toBe(true);
    expect(isLanguage('de')).toBe(false);
    expect(isLanguage('KK')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
  });
});
