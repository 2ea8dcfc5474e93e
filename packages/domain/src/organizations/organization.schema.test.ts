import { describe, expect, it } from 'vitest';
import {
  distanceKm,
  organizationContentSchema,
  organizationDisplayName,
  organizationUpdateSchema,
} from './organization.schema.js';

const valid = {
  name: 'Талғар ПМПК',
  sector: 'education',
  type: 'pmpk',
  placeCode: '196220100',
  address: 'Талғар қ., Тәуелсіздік к-сі, 12',
};

function issues(input: unknown): { path: string; message: string }[] {
  const result = organizationContentSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('organizationContentSchema', () => {
  it('accepts the smallest organization and fills the defaults', () => {
    const parsed = organizationContentSchema.parse(valid);
    expect(parsed).toMatchObject({
      names: {},
      coordinates: null,
      phone: null,
      languages: [],
      services: [],
      accessibility: [],
    });
  });

  it('accepts a full one', () => {
    const parsed = organizationContentSchema.parse({
      ...valid,
      names: { ru: 'Талгарская ПМПК' },
      coordinates: { lat: 43.3046, lon: 77.2401 },
      phone: '+7 727 742 12 34',
      email: 'pmpk@talgar.kz',
      website: 'https://talgar-pmpk.kz',
      openingHours: 'Дс–Жм 09:00–18:00',
      languages: ['kk', 'ru', 'sgn'],
      services: ['education.early_childhood', 'health.rehabilitation'],
      accessibility: ['step_free_entrance', 'sign_language'],
    });
    expect(parsed.accessibility).toEqual(['step_free_entrance', 'sign_language']);
  });

  it.each([
    [{ placeCode: '1962201' }, 'placeCode', 'place.code_format'],
    [{ coordinates: { lat: 91, lon: 77 } }, 'coordinates.lat', ''],
    [{ coordinates: { lat: 43, lon: 181 } }, 'coordinates.lon', ''],
    [{ email: 'pmpk.talgar.kz' }, 'email', 'validation.invalid_email'],
    [{ website: 'talgar.kz' }, 'website', 'validation.invalid_url'],
    [{ phone: 'call me' }, 'phone', 'validation.invalid_phone'],
    [{ services: ['health.massage'] }, 'services.0', ''],
    [{ accessibility: ['ramp', 'ramp'] }, 'accessibility', 'list.duplicates'],
    [{ type: 'hospital' }, 'type', ''],
    [{ sector: 'sport' }, 'sector', ''],
    [{ name: '  ' }, 'name', ''],
  ])('refuses %j at %s', (change, path, message) => {
    const found = issues({ ...valid, ...change });
    expect(found.map((i) => i.path)).toContain(path);
    if (message) expect(found.find((i) => i.path === path)?.message).toBe(message);
  });

  it('refuses unknown fields and an update without a revision', () => {
    expect(issues({ ...valid, rating: 5 }).length).toBeGreaterThan(0);
    expect(organizationUpdateSchema.safeParse(valid).success).toBe(false);
    expect(organizationUpdateSchema.safeParse({ ...valid, rev: 1 }).success).toBe(true);
  });
});

describe('organizationDisplayName', () => {
  it("uses the reader's language when the organization has a name in it", () => {
    const org = { name: 'Талғар ПМПК', names: { ru: 'Талгарская ПМПК' } };
    expect(organizationDisplayName(org, 'ru')).toBe('Талгарская ПМПК');
    expect(organizationDisplayName(org, 'en')).toBe('Талғар ПМПК');
  });
});

describe('distanceKm', () => {
  it('measures Talgar to Kaskelen at about 50 km and a point to itself at 0', () => {
    const talgar = { lat: 43.3046, lon: 77.2401 };
    const kaskelen = { lat: 43.2009, lon: 76.6203 };
    expect(distanceKm(talgar, kaskelen)).toBeGreaterThan(48);
    expect(distanceKm(talgar, kaskelen)).toBeLessThan(54);
    expect(distanceKm(talgar, talgar)).toBe(0);
  });
});
