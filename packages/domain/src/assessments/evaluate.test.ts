import { describe, expect, it } from 'vitest';
import type { ConsentFacts } from '../registry/consent.js';
import { evaluateAssessment, type AssessmentFacts } from './evaluate.js';

const consent = (scopes: ConsentFacts['scopes']): ConsentFacts => ({
  givenBy: 'self',
  scopes,
  givenOn: '2026-01-10',
  expiresOn: '2031-01-10',
  withdrawnOn: null,
});
const adult = { birthDate: '1980-05-02', consents: [consent(['registration', 'assessment'])] };
const facts = (over: Partial<AssessmentFacts> = {}): AssessmentFacts => ({
  instrument: 'wg-ss',
  assessedOn: '2026-11-20',
  answers: { seeing: 1, hearing: 1, walking: 3, cognition: 1, selfcare: 1, communication: 1 },
  person: adult,
  today: '2026-11-25',
  ...over,
});

describe('evaluateAssessment', () => {
  it('scores a complete screening and marks it positive', () => {
    const result = evaluateAssessment(facts());
    expect(result).toMatchObject({
      ok: true,
      value: { instrument: 'wg-ss', status: 'complete', positive: true, ageMonths: 558 },
    });
  });

  it('keeps partial answers as a draft with missing scores, never zeros', () => {
    const result = evaluateAssessment(facts({ answers: { seeing: 1 } }));
    expect(result.ok && result.value).toMatchObject({
      status: 'draft',
      positive: null,
      scores: { disability3: null },
    });
  });

  it('refuses a person without consent to assessment', () => {
    const person = { ...adult, consents: [consent(['registration'])] };
    expect(evaluateAssessment(facts({ person }))).toEqual({
      ok: false,
      issues: [{ path: 'personId', code: 'assessment.consent_required' }],
    });
  });

  it('refuses an instrument outside the age range, unknown instruments and bad answers', () => {
    const child = { ...adult, birthDate: '2023-01-01' };
    expect(evaluateAssessment(facts({ person: child }))).toMatchObject({
      ok: false,
      issues: [{ path: 'instrument', code: 'instrument.age_out_of_range' }],
    });
    expect(evaluateAssessment(facts({ instrument: 'sf-36' }))).toMatchObject({
      ok: false,
      issues: [{ code: 'instrument.not_found' }],
    });
    expect(evaluateAssessment(facts({ answers: { seeing: 7, taste: 1 } }))).toMatchObject({
      ok: false,
      issues: [
        { path: 'answers.seeing', code: 'instrument.answer_out_of_scale' },
        { path: 'answers.taste', code: 'instrument.unknown_item' },
      ],
    });
  });

  it('refuses dates in the future or before birth', () => {
    expect(evaluateAssessment(facts({ assessedOn: '2026-11-26' }))).toMatchObject({
      ok: false,
      issues: [{ path: 'assessedOn', code: 'assessment.date_future' }],
    });
    expect(evaluateAssessment(facts({ assessedOn: '1979-01-01' }))).toMatchObject({
      ok: false,
      issues: [{ path: 'assessedOn', code: 'assessment.before_birth' }],
    });
  });
});
