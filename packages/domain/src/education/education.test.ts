import { describe, expect, it } from 'vitest';
import {
  ageBandOf,
  datedIssues,
  educationSummary,
  inNoEducation,
  statusOn,
  type DatedStatus,
} from './education.rules.js';
import {
  educationStatusInputSchema,
  kppkSupportInputSchema,
  pmpkConclusionInputSchema,
} from './education.schema.js';

const child = { birthDate: '2020-03-15' };
const entry = (status: DatedStatus['status'], from: string, createdAt = `${from}T09:00:00Z`) => ({
  status,
  from,
  createdAt,
});

describe('ageBandOf', () => {
  it('puts ages on the Kazakhstan bands: under 1, 1–5 preschool, 6–17 school, 18+ adult', () => {
    expect([0, 1, 5, 6, 17, 18, 40].map(ageBandOf)).toEqual([
      'infant',
      'preschool',
      'preschool',
      'school',
      'school',
      'adult',
      'adult',
    ]);
  });
});

describe('inNoEducation', () => {
  it('counts a school-age child with no status recorded (unknown)', () => {
    expect(inNoEducation(child, [], '2026-09-01')).toBe(true);
    const summary = educationSummary(child, { statuses: [] }, '2026-09-01');
    expect(summary).toMatchObject({ state: 'unknown', status: null, inNoEducation: true });
  });

  it('counts a recorded `none`, told apart from unknown', () => {
    const summary = educationSummary(
      child,
      { statuses: [entry('none', '2024-01-10')] },
      '2026-09-01',
    );
    expect(summary).toMatchObject({ state: 'none', status: 'none', since: '2024-01-10' });
    expect(summary.inNoEducation).toBe(true);
  });

  it('stops counting once an inclusive class is recorded; the latest entry wins', () => {
    const history = [entry('none', '2024-01-10'), entry('general_school_inclusive', '2026-09-01')];
    expect(inNoEducation(child, history, '2026-08-31')).toBe(true);
    expect(inNoEducation(child, history, '2026-09-01')).toBe(false);
    expect(inNoEducation(child, [...history, entry('none', '2027-02-01')], '2027-03-01')).toBe(
      true,
    );
  });

  it('of two entries of one day takes the one recorded later', () => {
    const history = [
      entry('home_based', '2026-09-01', '2026-09-02T10:00:00Z'),
      entry('none', '2026-09-01', '2026-09-01T10:00:00Z'),
    ];
    expect(statusOn(history, '2026-09-05')?.status).toBe('home_based');
    expect(inNoEducation(child, history, '2026-09-05')).toBe(false);
  });

  it('ignores entries dated after the day', () => {
    expect(inNoEducation(child, [entry('preschool', '2026-09-01')], '2026-08-01')).toBe(true);
  });

  it('counts home-based education as education', () => {
    expect(inNoEducation(child, [entry('home_based', '2025-09-01')], '2026-01-01')).toBe(false);
  });

  it('does not count a baby under one, counts from the first birthday', () => {
    const baby = { birthDate: '2026-01-20' };
    expect(inNoEducation(baby, [], '2027-01-19')).toBe(false);
    expect(inNoEducation(baby, [], '2027-01-20')).toBe(true);
  });

  it('does not count adults: 17 counts, 18 does not', () => {
    const teen = { birthDate: '2008-05-10' };
    expect(inNoEducation(teen, [entry('none', '2024-01-01')], '2026-05-09')).toBe(true);
    expect(inNoEducation(teen, [entry('none', '2024-01-01')], '2026-05-10')).toBe(false);
    expect(educationSummary(teen, { statuses: [] }, '2026-05-10').ageBand).toBe('adult');
  });
});

describe('educationSummary', () => {
  it('reports the latest ПМПК finding and the КППК support going on', () => {
    const summary = educationSummary(
      child,
      {
        statuses: [],
        pmpk: [
          { concludedOn: '2025-04-01', createdAt: '2025-04-01T10:00:00Z', specialNeeds: false },
          { concludedOn: '2026-04-01', createdAt: '2026-04-01T10:00:00Z', specialNeeds: true },
        ],
        kppk: [
          { from: '2026-01-01', to: null },
          { from: '2025-01-01', to: '2025-06-30' },
          { from: '2026-05-01', to: '2026-12-31' },
        ],
      },
      '2026-06-01',
    );
    expect(summary.specialNeeds).toBe(true);
    expect(summary.activeSupport).toBe(2);
  });
});

describe('datedIssues', () => {
  const facts = { birthDate: '2020-03-15', today: '2026-06-01' };
  it('refuses a date before birth and a date in the future', () => {
    expect(datedIssues([{ path: 'from', date: '2020-03-14' }], facts)).toEqual([
      { path: 'from', code: 'record.before_birth' },
    ]);
    expect(datedIssues([{ path: 'from', date: '2026-06-02' }], facts)).toEqual([
      { path: 'from', code: 'record.date_future' },
    ]);
    expect(datedIssues([{ path: 'from', date: '2020-03-15' }], facts)).toEqual([]);
    expect(datedIssues([{ path: 'from', date: '2026-06-01' }], facts)).toEqual([]);
  });

  it('refuses a period ending before it starts, allows a planned end', () => {
    const from = { path: 'from', date: '2026-05-01' };
    expect(
      datedIssues([from], facts, { from: '2026-05-01', to: '2026-04-30', toPath: 'to' }),
    ).toEqual([{ path: 'to', code: 'record.ends_before_start' }]);
    expect(
      datedIssues([from], facts, { from: '2026-05-01', to: '2027-05-01', toPath: 'to' }),
    ).toEqual([]);
  });
});

describe('education input schemas', () => {
  it('accepts a status with defaults and refuses an unknown status', () => {
    expect(
      educationStatusInputSchema.parse({ status: 'general_school_inclusive', from: '2026-09-01' }),
    ).toEqual({
      status: 'general_school_inclusive',
      from: '2026-09-01',
      institution: null,
      grade: null,
      note: null,
    });
    expect(
      educationStatusInputSchema.safeParse({ status: 'school', from: '2026-09-01' }).success,
    ).toBe(false);
    expect(
      educationStatusInputSchema.safeParse({ status: 'none', from: '2026-02-30' }).success,
    ).toBe(false);
  });

  it('refuses repeated or unknown ПМПК conditions and unknown fields', () => {
    const base = { concludedOn: '2026-04-01', specialNeeds: true };
    expect(pmpkConclusionInputSchema.parse(base).conditions).toEqual([]);
    expect(
      pmpkConclusionInputSchema.safeParse({ ...base, conditions: ['psychologist', 'psychologist'] })
        .success,
    ).toBe(false);
    expect(pmpkConclusionInputSchema.safeParse({ ...base, conditions: ['magic'] }).success).toBe(
      false,
    );
    expect(pmpkConclusionInputSchema.safeParse({ ...base, extra: 1 }).success).toBe(false);
  });

  it('gives a КППК period an open end by default', () => {
    expect(kppkSupportInputSchema.parse({ kind: 'speech_therapy', from: '2026-01-10' }).to).toBe(
      null,
    );
  });
});
