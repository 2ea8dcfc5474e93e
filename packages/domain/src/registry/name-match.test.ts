import { describe, expect, it } from 'vitest';
import { editDistance, namesSimilar, normalizeName, searchKey } from './name-match.js';

describe('namesSimilar', () => {
  it.each([
    ['Әсел', 'Асель'],
    ['Әсел', 'Assel'],
    ['Асель', 'Assel'],
    ['Айгерім', 'Айгерим'],
    ['Нұрлан', 'Nurlan'],
    ['Жанар', 'Zhanar'],
    ['Қасымова', 'Касымова'],
    ['Ғалия', 'Галия'],
  ])('"%s" and "%s" are the same name typed differently', (a, b) => {
    expect(namesSimilar(a, b)).toBe(true);
  });

  it('a one-letter typo in a long name is still similar', () => {
    expect(namesSimilar('Төлегенова', 'Толегеновв')).toBe(true);
  });

  it('letter case, spaces and hyphens do not matter', () => {
    expect(namesSimilar('АЙГЕРІМ', 'айгерім')).toBe(true);
    expect(namesSimilar('Анна-Мария', 'Анна Мария')).toBe(true);
  });

  it.each([
    ['Айгерім', 'Гүлжан'],
    ['Әсел', 'Асан'],
    ['Серік', 'Бекзат'],
    ['Assel', 'Aliya'],
  ])('"%s" and "%s" are different names', (a, b) => {
    expect(namesSimilar(a, b)).toBe(false);
  });

  it('an empty name is similar to nothing, not even another empty name', () => {
    expect(namesSimilar('', '')).toBe(false);
    expect(namesSimilar('—', 'Әсел')).toBe(false);
  });
});

describe('normalizeName', () => {
  it('folds Kazakh letters, Latin spelling and soft signs to one Cyrillic key', () => {
    expect(normalizeName('Әсел')).toBe('асел');
    expect(normalizeName('Асель')).toBe('асел');
    expect(normalizeName('Shynar')).toBe('шинар');
    expect(normalizeName('Шынар')).toBe('шинар');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('асел', 'асел')).toBe(0);
    expect(editDistance('асел', 'ассел')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('stops early beyond the limit and says so with limit + 1', () => {
    expect(editDistance('айгерим', 'гулжан', 1)).toBe(2);
    expect(editDistance('а', 'абвгд', 2)).toBe(3);
  });
});

describe('searchKey', () => {
  it('folds Kazakh letters so "асел" finds "Әсел" on a keyboard without them', () => {
    expect(searchKey('Әсел')).toBe('асел');
    expect(searchKey('Қасымова Әсел')).toBe(searchKey('касымова асел'));
  });

  it('folds every Kazakh-specific letter', () => {
    expect(searchKey('ӘҒҚҢӨҰҮҺІЁ')).toBe('агкноуухие');
  });

  it('keeps digits and punctuation and collapses spaces', () => {
    expect(searchKey('  Абай   көшесі, 12 ')).toBe('абай кошеси, 12');
  });

  it('leaves Latin letters alone', () => {
    expect(searchKey('Assel')).toBe('assel');
  });
});
