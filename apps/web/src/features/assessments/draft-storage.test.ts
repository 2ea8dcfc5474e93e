import { describe, expect, it } from 'vitest';
import { answerFromKey, answerKey } from './answer-text.js';
import { isAssessmentDraft } from './draft-storage.js';
import { agesMessage, instrumentChoice, preselected } from './instrument-choice.js';
import { testInstrument } from './test-instrument.js';
import { instrumentById } from '@birge/domain';

describe('answers as radio values', () => {
  const scale = testInstrument.scales[0]!;
  it('round-trips scale codes and the two missing answers, and refuses strays', () => {
    for (const answer of [1, 2, 'dont_know', 'refused'] as const)
      expect(answerFromKey(scale, answerKey(answer))).toBe(answer);
    expect(answerFromKey(scale, answerKey(7))).toBeUndefined();
    expect(answerKey(1)).not.toBe(answerKey('1'));
  });
});

describe('a draft kept in the tab', () => {
  const draft = {
    version: 1,
    instrument: 'wg-ss',
    form: {
      answers: { seeing: 2 },
      position: { kind: 'item', item: 'hearing' },
      fromReview: false,
    },
    note: '',
    saved: null,
    newId: '01a21223-332a-75ba-a34e-000000000001',
  };
  it('is recognised after a reload', () => {
    expect(isAssessmentDraft(JSON.parse(JSON.stringify(draft)))).toBe(true);
  });
  it('is dropped when damaged or from another version', () => {
    expect(isAssessmentDraft({ ...draft, version: 2 })).toBe(false);
    expect(isAssessmentDraft({ ...draft, instrument: 'nope' })).toBe(false);
    expect(isAssessmentDraft({ ...draft, form: { ...draft.form, answers: { seeing: [1] } } })).toBe(
      false,
    );
  });
});

describe('choosing an instrument by age', () => {
  it('offers only the instruments meant for the age, and preselects only those', () => {
    const child = instrumentChoice(30);
    expect(child.eligible.map((d) => d.id)).toContain('cfm-2-4');
    expect(child.eligible.map((d) => d.id)).not.toContain('wg-ss');
    expect(preselected(child, 'cfm-2-4')).toBe('cfm-2-4');
    expect(preselected(child, 'wg-ss')).toBeNull();
    expect(preselected(child, null)).toBeNull();
  });
  it('states ages in whole years', () => {
    expect(agesMessage(instrumentById('cfm-2-4')!)).toEqual({
      key: 'assessment.ages.range',
      values: { min: 2, max: 4 },
    });
    expect(agesMessage(instrumentById('wg-ss')!)).toEqual({
      key: 'assessment.ages.from',
      values: { min: 5 },
    });
  });
});
