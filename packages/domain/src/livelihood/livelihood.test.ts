import { describe, expect, it } from 'vitest';
import { currentLivelihood, livelihoodIssues } from './livelihood.rules.js';
import { livelihoodInputSchema } from './livelihood.schema.js';

const facts = { birthDate: '1990-02-01', today: '2026-06-01' };
const record = (over: Record<string, unknown> = {}) =>
  livelihoodInputSchema.parse({
    recordedOn: '2026-05-01',
    workStatus: 'unemployed_seeking',
    ...over,
  });

describe('livelihood records', () => {
  it('parses with defaults: no training, no income listed, not in a group', () => {
    expect(record()).toMatchObject({
      training: 'none',
      incomeSources: [],
      benefits: [],
      selfHelpGroup: false,
      selfHelpGroupName: null,
    });
  });

  it('refuses unknown statuses and repeated benefits', () => {
    expect(
      livelihoodInputSchema.safeParse({ recordedOn: '2026-05-01', workStatus: 'retired' }).success,
    ).toBe(false);
    expect(
      livelihoodInputSchema.safeParse({
        recordedOn: '2026-05-01',
        workStatus: 'employed',
        benefits: ['carer_allowance', 'carer_allowance'],
      }).success,
    ).toBe(false);
  });

  it('refuses a date in the future or before birth, and a person under 16 on that day', () => {
    expect(livelihoodIssues(record({ recordedOn: '2026-06-02' }), facts)).toEqual([
      { path: 'recordedOn', code: 'record.date_future' },
    ]);
    expect(livelihoodIssues(record({ recordedOn: '1989-01-01' }), facts)).toEqual([
      { path: 'recordedOn', code: 'record.before_birth' },
    ]);
    expect(livelihoodIssues(record({ recordedOn: '2006-01-31' }), facts)).toEqual([
      { path: 'recordedOn', code: 'livelihood.too_young' },
    ]);
    expect(livelihoodIssues(record({ recordedOn: '2006-02-01' }), facts)).toEqual([]);
  });

  it('refuses a training or group name without the answer it describes', () => {
    expect(
      livelihoodIssues(record({ trainingName: 'Тігінші', selfHelpGroupName: 'Үміт' }), facts),
    ).toEqual([
      { path: 'trainingName', code: 'livelihood.details_without_answer' },
      { path: 'selfHelpGroupName', code: 'livelihood.details_without_answer' },
    ]);
  });

  it('takes the latest record as the current situation', () => {
    const a = { recordedOn: '2026-01-01', createdAt: '2026-01-01T10:00:00Z', id: 'a' };
    const b = { recordedOn: '2026-03-01', createdAt: '2026-03-01T10:00:00Z', id: 'b' };
    const c = { recordedOn: '2026-03-01', createdAt: '2026-03-02T10:00:00Z', id: 'c' };
    expect(currentLivelihood([a, c, b])?.id).toBe('c');
    expect(currentLivelihood([])).toBeNull();
  });
});
