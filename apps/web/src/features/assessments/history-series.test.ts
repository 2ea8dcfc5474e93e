import type { Assessment } from '@birge/domain';
import { describe, expect, it } from 'vitest';
import { historyCharts } from './history-series.js';

function assessment(
  over: Partial<Assessment> & Pick<Assessment, 'instrument' | 'assessedOn' | 'scores'>,
): Assessment {
  return {
    id: `${over.instrument}-${over.assessedOn}`,
    personId: 'p',
    householdId: 'h',
    version: '2026.1',
    ageMonths: 400,
    answers: {},
    status: 'complete',
    positive: null,
    note: null,
    assessedBy: null,
    rev: 1,
    createdAt: `${over.assessedOn}T10:00:00Z`,
    updatedAt: `${over.assessedOn}T10:00:00Z`,
    ...over,
  };
}

describe('scores over time', () => {
  const list = [
    assessment({
      instrument: 'wg-ss',
      assessedOn: '2026-05-01',
      scores: { disability1: 1, disability2: 1, disability3: 0, disability4: 0 },
    }),
    assessment({
      instrument: 'whodas-12',
      assessedOn: '2026-03-01',
      scores: {
        simple: 30,
        summary: 37.5,
        domains: {},
        daysWithDifficulty: 10,
        daysUnable: null,
        daysCutBack: 2,
      },
    }),
    assessment({
      instrument: 'wg-ss',
      assessedOn: '2026-01-01',
      scores: { disability1: 1, disability2: 1, disability3: 1, disability4: null },
    }),
  ];
  const charts = historyCharts(list, 'en');

  it('draws identifiers as one 0/1 chart per instrument, oldest first', () => {
    const wg = charts.find((c) => c.instrument === 'wg-ss');
    expect(wg).toMatchObject({ kind: 'identifier', range: [0, 1] });
    expect(wg?.series.map((s) => s.name)).toEqual([
      'disability1',
      'disability2',
      'disability3',
      'disability4',
    ]);
    expect(wg?.points.map((p) => p.date)).toEqual(['2026-01-01', '2026-05-01']);
  });

  it('keeps a missing score as a gap (null), never zero', () => {
    const wg = charts.find((c) => c.instrument === 'wg-ss');
    expect(wg?.points[0]?.values.disability4).toBeNull();
  });

  it('gives number scores one chart per range, and leaves objects out', () => {
    const whodas = charts.filter((c) => c.instrument === 'whodas-12');
    expect(whodas.map((c) => [c.range, c.series.map((s) => s.name)])).toEqual([
      [[12, 60], ['simple']],
      [[0, 100], ['summary']],
      [
        [0, 30],
        ['daysWithDifficulty', 'daysUnable', 'daysCutBack'],
      ],
    ]);
  });
});
