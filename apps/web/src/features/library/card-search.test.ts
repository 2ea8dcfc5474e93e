import { ACTIVITY_CARDS, type Activity } from '@birge/domain';
import { describe, expect, it } from 'vitest';
import { matchingCards } from './card-search.js';

const cards: Activity[] = ACTIVITY_CARDS.map((card) => ({
  ...card,
  retired: false,
  origin: 'builtin',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: null,
}));

describe('searching the activity library', () => {
  it('finds a card by a piece of its title in any language, whatever the case', () => {
    const kazakh = matchingCards(cards, 'ОРЫНДЫҚТАН', '');
    expect(kazakh.map((c) => c.id)).toContain('mobility.sit-to-stand');
    expect(matchingCards(cards, 'sitting upright', '').map((c) => c.id)).toEqual([
      'feeding.upright-for-meals',
    ]);
    expect(matchingCards(cards, 'Прямая посадка', '').map((c) => c.id)).toEqual([
      'feeding.upright-for-meals',
    ]);
  });

  it('keeps to the chosen area, and shows every card with no search', () => {
    expect(matchingCards(cards, '', '')).toHaveLength(cards.length);
    const feeding = matchingCards(cards, '', 'feeding');
    expect(feeding.length).toBeGreaterThan(0);
    expect(feeding.every((c) => c.category === 'feeding')).toBe(true);
    expect(matchingCards(cards, 'sitting upright', 'mobility')).toEqual([]);
  });
});
