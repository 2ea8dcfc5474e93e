import { describe, expect, it } from 'vitest';
import { hasFilters, readFilter, requestFilter, writeFilter } from './directory-filter.js';

describe('directory filter in the address', () => {
  it('reads what it writes', () => {
    const state = readFilter(
      new URLSearchParams(
        'q=пмпк&place=196200000&placeName=Талғар ауданы&sector=education&type=pmpk&element=education.primary&access=sign_language,ramp&near=43.30461234,77.2401',
      ),
    );
    expect(state).toEqual({
      q: 'пмпк',
      place: '196200000',
      placeName: 'Талғар ауданы',
      sector: 'education',
      type: 'pmpk',
      element: 'education.primary',
      // In the list's order, whatever the address's.
      accessibility: ['ramp', 'sign_language'],
      near: { lat: 43.30461234, lon: 77.2401 },
    });
    expect(writeFilter(state).get('near')).toBe('43.3046,77.2401');
    expect(readFilter(writeFilter(state))).toMatchObject({ ...state, near: { lat: 43.3046 } });
    expect(hasFilters(state)).toBe(true);
  });

  it('drops values that are not ours', () => {
    const state = readFilter(
      new URLSearchParams('place=12&sector=sport&type=hospital&element=x&access=stairs&near=95,1'),
    );
    expect(state).toMatchObject({
      place: null,
      sector: null,
      type: null,
      element: null,
      accessibility: [],
      near: null,
    });
    expect(hasFilters(state)).toBe(false);
    expect(writeFilter(state).toString()).toBe('');
  });

  it('sends the debounced search text and no place name', () => {
    const state = readFilter(new URLSearchParams('place=196200000&placeName=Талғар'));
    expect(requestFilter(state, '  мектеп ')).toEqual({
      q: 'мектеп',
      place: '196200000',
      sector: null,
      type: null,
      element: null,
      accessibility: [],
      near: null,
    });
  });
});
