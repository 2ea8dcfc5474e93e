import { instrumentById, type InstrumentId } from '@birge/domain';
import { describe, expect, it } from 'vitest';
import type { FormEnv } from '../assessments/form-steps.js';
import type { MemberPlan } from './screening-plan.js';
import {
  answerCurrent,
  isScreeningDraft,
  memberSaved,
  memberSkipped,
  startScreening,
  type EnvFor,
} from './screening-state.js';

const envFor: EnvFor = ({ instrument }: { instrument: InstrumentId }): FormEnv => {
  const definition = instrumentById(instrument);
  if (!definition) throw new Error(instrument);
  return { definition, context: { ageMonths: 400 } };
};

const plan: MemberPlan[] = [
  { kind: 'screen', personId: 'mother', ageMonths: 400, instrument: 'wg-ss' },
  { kind: 'skip', personId: 'baby', ageMonths: 10, reason: 'under-two', suggestion: null },
  { kind: 'screen', personId: 'father', ageMonths: 420, instrument: 'wg-ss' },
];

describe('screening a household in one pass', () => {
  it("queues only the members who get a screener, and opens the first one's first question", () => {
    const draft = startScreening('h1', '2026-06-15', plan, envFor, 'id-1');
    expect(draft.queue.map((q) => q.personId)).toEqual(['mother', 'father']);
    expect(draft.form.position).toEqual({ kind: 'item', item: 'seeing' });
    expect(draft.phase).toBe('screening');
  });

  it("keeps the current member's answers, then moves to the next member with a fresh form and id", () => {
    let draft = startScreening('h1', '2026-06-15', plan, envFor, 'id-1');
    draft = answerCurrent(draft, envFor, { type: 'answer', item: 'seeing', answer: 3 });
    expect(draft.form.answers).toEqual({ seeing: 3 });
    draft = memberSaved(draft, { id: 'a1', status: 'draft', positive: true }, envFor, 'id-2');
    expect(draft.current).toBe(1);
    expect(draft.form.answers).toEqual({});
    expect(draft.newId).toBe('id-2');
    expect(draft.done.mother).toEqual({ id: 'a1', status: 'draft', positive: true });
  });

  it('shows the results after the last member', () => {
    let draft = startScreening('h1', '2026-06-15', plan, envFor, 'id-1');
    draft = memberSaved(draft, { id: 'a1', status: 'complete', positive: false }, envFor, 'id-2');
    draft = memberSaved(draft, { id: 'a2', status: 'complete', positive: true }, envFor, 'id-3');
    expect(draft.phase).toBe('results');
    expect(Object.keys(draft.done)).toEqual(['mother', 'father']);
  });

  it('lets the worker pass over a member: nothing is saved for them, the next one starts', () => {
    let draft = startScreening('h1', '2026-06-15', plan, envFor, 'id-1');
    draft = answerCurrent(draft, envFor, { type: 'answer', item: 'seeing', answer: 3 });
    draft = memberSkipped(draft, envFor);
    expect(draft.skipped).toEqual(['mother']);
    expect(draft.done).toEqual({});
    expect(draft.form.answers).toEqual({});
    expect(draft.newId).toBe('id-1');
    draft = memberSkipped(draft, envFor);
    expect(draft.phase).toBe('results');
  });

  it('goes straight to the results when nobody can be screened', () => {
    const draft = startScreening('h1', '2026-06-15', [plan[1] as MemberPlan], envFor, 'id-1');
    expect(draft.phase).toBe('results');
  });

  it('survives a reload: the stored draft is recognised, a damaged one is not', () => {
    const draft = startScreening('h1', '2026-06-15', plan, envFor, 'id-1');
    expect(isScreeningDraft(JSON.parse(JSON.stringify(draft)))).toBe(true);
    expect(isScreeningDraft({ ...draft, queue: [{ personId: 'x', instrument: 'nope' }] })).toBe(
      false,
    );
    expect(isScreeningDraft({ ...draft, done: { x: { id: 'a', status: 'done' } } })).toBe(false);
  });
});
