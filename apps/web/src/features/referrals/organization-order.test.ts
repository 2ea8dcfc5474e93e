import type { Organization } from '@birge/domain';
import { describe, expect, it } from 'vitest';
import { orderForPerson } from './organization-picker.component.js';

const org = (name: string, placeCode: string, distanceKm?: number) =>
  ({ id: name, name, placeCode, distanceKm }) as unknown as Organization;

describe('organizations for a person', () => {
  it("puts the person's district first, then the nearest, then by name", () => {
    const list = [
      org('Алматы ПМПК', '751110000', 3),
      org('Қарасай ПМПК', '196400000'),
      org('Талғар емханасы', '196220100', 9),
      org('Талғар ПМПК', '196220100', 2),
      org('Бесағаш мектебі', '196233100'),
    ];
    expect(orderForPerson(list, '196233100').map((o) => o.name)).toEqual([
      'Талғар ПМПК',
      'Талғар емханасы',
      'Бесағаш мектебі',
      'Алматы ПМПК',
      'Қарасай ПМПК',
    ]);
  });
});
