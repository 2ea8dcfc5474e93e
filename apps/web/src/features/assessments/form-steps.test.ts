import { describe, expect, it } from 'vitest';
import {
  canGoBack,
  formReducer,
  startState,
  stepInfo,
  unansweredItems,
  type FormAction,
  type FormEnv,
  type FormState,
} from './form-steps.js';
import { testInstrument } from './test-instrument.js';

const env: FormEnv = { definition: testInstrument, context: {} };
const run = (state: FormState, ...actions: FormAction[]) =>
  actions.reduce((s, a) => formReducer(env, s, a), state);
const at = (state: FormState) => (state.position.kind === 'item' ? state.position.item : 'review');

describe('one question per screen', () => {
  it('starts at the first question and counts only the questions asked', () => {
    const state = startState(env, {}, 'first');
    expect(at(state)).toBe('aid');
    expect(stepInfo(env, state)).toMatchObject({ number: 1, total: 2 });
    expect(canGoBack(env, state)).toBe(false);
  });

  it('applies skip rules live: a "yes" to the screener adds its follow-up question', () => {
    const yes = run(startState(env, {}, 'first'), { type: 'answer', item: 'aid', answer: 1 });
    expect(stepInfo(env, yes)).toMatchObject({ number: 1, total: 3 });
    expect(at(run(yes, { type: 'next' }))).toBe('withAid');
    const no = run(startState(env, {}, 'first'), { type: 'answer', item: 'aid', answer: 2 });
    expect(at(run(no, { type: 'next' }))).toBe('last');
  });

  it('goes on to the review after the last question and back to it with Back', () => {
    const state = run(startState(env, {}, 'first'), { type: 'next' }, { type: 'next' });
    expect(at(state)).toBe('review');
    expect(at(run(state, { type: 'back' }))).toBe('last');
  });

  it('lets a question be passed without an answer: it stays unanswered, not zero', () => {
    const state = run(startState(env, {}, 'first'), { type: 'next' }, { type: 'next' });
    expect(state.answers).toEqual({});
    expect(unansweredItems(env, state.answers).map((i) => i.id)).toEqual(['aid', 'last']);
  });

  it('counts "don\'t know" and "refused" as answers', () => {
    expect(unansweredItems(env, { aid: 'dont_know', last: 'refused' })).toEqual([]);
  });

  it('from the review, "change" then Next returns to the review', () => {
    const review = startState(env, { aid: 2, last: 1 }, 'review');
    const changed = run(
      review,
      { type: 'change', item: 'aid' },
      { type: 'answer', item: 'aid', answer: 2 },
    );
    expect(at(run(changed, { type: 'next' }))).toBe('review');
  });

  it('from the review, a changed screener leads to the question it opened before the review', () => {
    const review = startState(env, { aid: 2, last: 1 }, 'review');
    const state = run(
      review,
      { type: 'change', item: 'aid' },
      { type: 'answer', item: 'aid', answer: 1 },
      { type: 'next' },
    );
    expect(at(state)).toBe('withAid');
    expect(at(run(state, { type: 'answer', item: 'withAid', answer: 2 }, { type: 'next' }))).toBe(
      'review',
    );
  });

  it('keeps answers of questions a changed screener hides (changing back restores them)', () => {
    const state = run(
      startState(env, { aid: 1, withAid: 2 }, 'review'),
      { type: 'change', item: 'aid' },
      { type: 'answer', item: 'aid', answer: 2 },
    );
    expect(state.answers.withAid).toBe(2);
    expect(stepInfo(env, state)).toMatchObject({ total: 2 });
  });

  it('resumes a draft at its first unanswered question, or at the review when none is left', () => {
    expect(at(startState(env, { aid: 2 }, 'resume'))).toBe('last');
    expect(at(startState(env, { aid: 2, last: 1 }, 'resume'))).toBe('review');
  });
});
