import { describe, expect, it } from 'vitest';
import { checkDraft, emptyDraft, type OrganizationDraft } from './organization-draft.js';

const filled = (patch: Partial<OrganizationDraft> = {}): OrganizationDraft => ({
  ...emptyDraft(),
  name: 'Талғар ПМПК',
  sector: 'education',
  type: 'pmpk',
  place: { code: '196220100', name: 'Талғар қ.', path: [] },
  address: 'Тәуелсіздік к-сі, 41',
  ...patch,
});

const paths = (draft: OrganizationDraft) => {
  const checked = checkDraft(draft);
  return checked.ok ? [] : checked.codes.map((c) => `${c.path}:${c.key}`);
};

describe('checkDraft', () => {
  it('turns a filled draft into the API input, empty texts as null', () => {
    const checked = checkDraft(
      filled({ lat: '43,3071', lon: '77.2446', nameRu: ' Талгарская ПМПК ' }),
    );
    expect(checked).toEqual({
      ok: true,
      value: expect.objectContaining({
        names: { ru: 'Талгарская ПМПК' },
        coordinates: { lat: 43.3071, lon: 77.2446 },
        phone: null,
        email: null,
        languages: ['kk', 'ru'],
      }),
    });
  });

  it('asks for the name, kind, sector, place and address', () => {
    expect(paths(emptyDraft())).toEqual(
      expect.arrayContaining([
        'name:validation.required',
        'sector:validation.invalid_option',
        'type:validation.invalid_option',
        'placeCode:place.code_format',
        'address:validation.required',
      ]),
    );
  });

  it('wants both coordinates as numbers in range', () => {
    expect(paths(filled({ lat: '43.3' }))).toEqual([
      'coordinates.lon:directory.form.coordinatesBoth',
    ]);
    expect(paths(filled({ lat: 'north', lon: '77' }))).toContain(
      'coordinates.lat:directory.form.notNumber',
    );
    expect(paths(filled({ lat: '143', lon: '77' }))[0]).toMatch(/^coordinates\.lat:/);
  });

  it('checks email and website as the server does', () => {
    expect(paths(filled({ email: 'pmpk', website: 'talgar' }))).toEqual([
      'email:validation.invalid_email',
      'website:validation.invalid_url',
    ]);
  });
});
