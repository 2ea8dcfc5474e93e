import { ACTIVITY_CARDS, type Activity } from '@birge/domain';
import { describe, expect, it } from 'vitest';
import {
  type Checked,
  checkCardUpdate,
  checkNewCard,
  draftOf,
  emptyDraft,
  emptyTexts,
  fieldId,
} from './card-draft.js';

const shipped = ACTIVITY_CARDS[0]!;
const card: Activity = {
  ...shipped,
  retired: false,
  origin: 'builtin',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: null,
};

const paths = (result: Checked<unknown>) =>
  result.ok ? [] : result.issues.map((i) => i.path.join('.'));

describe('the activity card form', () => {
  it('sends a stored card back unchanged when nothing was edited, based on its version', () => {
    const checked = checkCardUpdate(draftOf(card), card.version);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const { version: _v, id: _id, ...content } = shipped;
    expect(checked.value).toEqual({ ...content, version: card.version, retired: false });
  });

  it('an edited Kazakh title travels with the rest of the card', () => {
    const draft = draftOf(card);
    draft.title.kk = '  Жаңа атауы ';
    const checked = checkCardUpdate(draft, 3);
    expect(checked.ok && checked.value.title).toEqual({ ...shipped.title, kk: 'Жаңа атауы' });
    expect(checked.ok && checked.value.version).toBe(3);
  });

  it('an empty upper age is "no upper limit"; an empty lower age is required', () => {
    const draft = draftOf(card);
    draft.maxMonths = ' ';
    const open = checkCardUpdate(draft, 1);
    expect(open.ok && open.value.ages.maxMonths).toBeNull();
    draft.minMonths = '';
    const blank = checkCardUpdate(draft, 1);
    expect(blank.ok).toBe(false);
    if (!blank.ok)
      expect(blank.issues.find((i) => i.path.join('.') === 'ages.minMonths')?.message).toBe(
        'validation.required',
      );
    draft.minMonths = '60';
    draft.maxMonths = '24';
    expect(paths(checkCardUpdate(draft, 1))).toContain('ages.maxMonths');
  });

  it('a new empty card names every field still to write, by the path the server uses', () => {
    const checked = checkNewCard(emptyDraft());
    expect(checked.ok).toBe(false);
    const found = paths(checked);
    for (const path of [
      'id',
      'category',
      'elements',
      'title.kk',
      'title.ru',
      'title.en',
      'purpose.kk',
      'steps.0.kk',
      'steps.2.en',
      'safety.0.ru',
      'stopSigns.0.kk',
      'pictogram',
    ])
      expect(found, path).toContain(path);
    expect(found).not.toContain('ages.minMonths');
  });

  it('keeps a list within its bounds: 3–7 steps', () => {
    const draft = draftOf(card);
    draft.steps = draft.steps.slice(0, 2);
    expect(paths(checkCardUpdate(draft, 1))).toContain('steps');
    draft.steps = Array.from({ length: 8 }, () => ({ ...emptyTexts(), kk: 'а', ru: 'а', en: 'a' }));
    expect(paths(checkCardUpdate(draft, 1))).toContain('steps');
  });

  it('a new card’s id must start with its category', () => {
    const draft = { ...draftOf(card), id: 'feeding.new-card' };
    const checked = checkNewCard(draft);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.issues.map((i) => i.message)).toContain('activity.id_category');
    expect(checkNewCard({ ...draft, id: `${card.category}.new-card` }).ok).toBe(true);
  });

  it('names the control of an error path', () => {
    expect(fieldId('steps.2.kk')).toBe('card-steps-2-kk');
    expect(fieldId('ages.minMonths')).toBe('card-ages-minMonths');
  });
});
