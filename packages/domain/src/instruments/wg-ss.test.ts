import { describe, expect, it } from 'vitest';
import { answerIssues, scoreAnswers } from './engine.js';
import type { Answers } from './instrument.js';
import { wgSs } from './wg-ss.js';

const all = (code: number): Answers => ({
  seeing: code,
  hearing: code,
  walking: code,
  cognition: code,
  selfcare: code,
  communication: code,
});
const score = (answers: Answers) => scoreAnswers(wgSs, answers);

describe('WG-SS identifiers (WG analytic guidelines)', () => {
  it('gives 0 on every identifier when all six domains are "no difficulty"', () => {
    expect(score(all(1))).toEqual({
      disability1: 0,
      disability2: 0,
      disability3: 0,
      disability4: 0,
    });
  });

  it('counts one "some difficulty" for DISABILITY1 only', () => {
    expect(score({ ...all(1), hearing: 2 })).toEqual({
      disability1: 1,
      disability2: 0,
      disability3: 0,
      disability4: 0,
    });
  });

  it('needs two "some difficulty" domains for DISABILITY2', () => {
    expect(score({ ...all(1), hearing: 2, walking: 2 })).toMatchObject({
      disability2: 1,
      disability3: 0,
    });
  });

  it('sets DISABILITY2 and 3 but not 4 for one "a lot of difficulty"', () => {
    expect(score({ ...all(1), cognition: 3 })).toEqual({
      disability1: 1,
      disability2: 1,
      disability3: 1,
      disability4: 0,
    });
  });

  it('sets every identifier for one "cannot do at all"', () => {
    expect(score({ ...all(1), selfcare: 4 })).toEqual({
      disability1: 1,
      disability2: 1,
      disability3: 1,
      disability4: 1,
    });
  });

  it('leaves every identifier missing, never 0, when all answers are missing', () => {
    expect(score({})).toEqual({
      disability1: null,
      disability2: null,
      disability3: null,
      disability4: null,
    });
    expect(score({ seeing: 'dont_know', hearing: 'refused' })).toEqual({
      disability1: null,
      disability2: null,
      disability3: null,
      disability4: null,
    });
  });

  it('keeps an identifier missing when one domain is unknown and the others do not qualify', () => {
    expect(score({ ...all(1), communication: 'refused' })).toEqual({
      disability1: null,
      disability2: null,
      disability3: null,
      disability4: null,
    });
    expect(score({ ...all(1), seeing: 2, communication: 'dont_know' })).toEqual({
      disability1: 1,
      disability2: null,
      disability3: null,
      disability4: null,
    });
  });

  it('sets an identifier as soon as a qualifying domain exists, whatever is missing', () => {
    expect(score({ walking: 3 })).toEqual({
      disability1: 1,
      disability2: 1,
      disability3: 1,
      disability4: null,
    });
    expect(score({ seeing: 2, hearing: 2 })).toMatchObject({ disability2: 1, disability3: null });
  });

  it('screens positive on DISABILITY3', () => {
    expect(wgSs.screensPositive?.(score({ ...all(1), walking: 3 }))).toBe(true);
    expect(wgSs.screensPositive?.(score({ ...all(2) }))).toBe(false);
    expect(wgSs.screensPositive?.(score({ seeing: 2 }))).toBeNull();
  });

  it('asks in Kazakh, as in English, about being understood by others, not about explaining oneself', () => {
    const communication = wgSs.items.find((i) => i.id === 'communication');
    expect(communication?.text.kk).toContain('басқалардың сізді түсінуі');
    expect(communication?.text.kk).not.toContain('түсіндіру');
  });

  it('refuses unknown items and codes outside the scale', () => {
    expect(answerIssues(wgSs, { seeing: 5, smell: 1, hearing: 'dont_know', walking: '2' })).toEqual(
      [
        { path: 'answers.seeing', code: 'instrument.answer_out_of_scale' },
        { path: 'answers.smell', code: 'instrument.unknown_item' },
        { path: 'answers.walking', code: 'instrument.answer_out_of_scale' },
      ],
    );
  });
});
