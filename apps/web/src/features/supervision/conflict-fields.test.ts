import { createTranslator } from '@birge/domain';
import { describe, expect, it } from 'vitest';
import {
  devicePickCount,
  fieldLabel,
  formatFieldValue,
  initialPicks,
  mergeResolution,
} from './conflict-fields.js';

const t = createTranslator('en');
const ctx = { t, formatDate: (iso: string) => `date:${iso}` };

describe('the merge selection', () => {
  const fields = ['familyName', 'phone', 'disability'];

  it('starts every differing field on the server version', () => {
    expect(initialPicks(fields)).toEqual({
      familyName: 'server',
      phone: 'server',
      disability: 'server',
    });
    expect(devicePickCount(fields, initialPicks(fields))).toBe(0);
  });

  it('names every differing field with the side the supervisor chose', () => {
    const picks = { ...initialPicks(fields), phone: 'device' as const };
    expect(devicePickCount(fields, picks)).toBe(1);
    expect(mergeResolution(fields, picks)).toEqual({
      choice: 'merge',
      fields: { familyName: 'server', phone: 'device', disability: 'server' },
    });
  });

  it('keeps the server for a field without a pick', () => {
    expect(mergeResolution(['notes'], {})).toEqual({
      choice: 'merge',
      fields: { notes: 'server' },
    });
  });
});

describe('field labels and values', () => {
  it('uses the registry forms’ labels and falls back to the field name', () => {
    expect(fieldLabel('person', 'familyName', t)).toBe(t('person.familyName'));
    expect(fieldLabel('household', 'livingConditions.water', t)).toBe(t('household.water'));
    expect(fieldLabel('visit', 'duration', t)).toBe('duration');
  });

  it('names enum codes, dates, booleans and empty values in words', () => {
    expect(formatFieldValue('person', 'sex', 'female', ctx)).toEqual([t('enum.sex.female')]);
    expect(formatFieldValue('person', 'birthDate', '2019-03-02', ctx)).toEqual(['date:2019-03-02']);
    expect(formatFieldValue('person', 'birthDateEstimated', true, ctx)).toEqual([t('common.yes')]);
    expect(formatFieldValue('person', 'phone', null, ctx)).toEqual([t('common.notSet')]);
    expect(formatFieldValue('person', 'languages', ['kk', 'ru'], ctx)).toEqual([
      `${t('enum.language.kk')}, ${t('enum.language.ru')}`,
    ]);
    expect(formatFieldValue('person', 'icd10', [], ctx)).toEqual([t('common.notSet')]);
  });

  it('lists a nested record as labelled lines, leaving out empty parts', () => {
    const lines = formatFieldValue(
      'person',
      'disability',
      { status: 'established', category: 'adult', group: 'II', cause: null },
      ctx,
    );
    expect(lines).toEqual([
      `${t('person.disabilityStatus')}: ${t('enum.disabilityStatus.established')}`,
      `${t('person.disabilityCategory')}: ${t('enum.disabilityCategory.adult')}`,
      `${t('person.disabilityGroup')}: ${t('enum.disabilityGroup.II')}`,
    ]);
    expect(
      formatFieldValue('household', 'livingConditions', { water: 'well', povertyMarkers: [] }, ctx),
    ).toEqual([
      `${t('household.water')}: ${t('enum.water.well')}`,
      `${t('household.poverty')}: ${t('common.notSet')}`,
    ]);
  });

  it('describes caregivers and coordinates without JSON', () => {
    expect(
      formatFieldValue(
        'person',
        'caregivers',
        [{ personId: 'x', relation: 'mother', primary: true, legalRepresentative: false }],
        ctx,
      ),
    ).toEqual([`${t('enum.caregiver.mother')}; ${t('person.caregiverPrimary')}`]);
    expect(formatFieldValue('household', 'coordinates', { lat: 43.3, lon: 77.2 }, ctx)).toEqual([
      '43.3, 77.2',
    ]);
  });
});
