import {
  instrumentById,
  type Assessment,
  type InstrumentId,
  type Language,
  type ScoreDefinition,
} from '@birge/domain';
import { local } from './answer-text.js';

/**
 * Scores over time, one chart per instrument and kind: identifiers (WG DISABILITY1–4, CFM
 * functional difficulty) as 0/1 steps on one chart, numbers on one chart per range (WHODAS simple
 * 12–60, summary 0–100, days 0–30), so each keeps one scale over time. Only `plot` scores are
 * drawn; objects and lists are read on the assessment's page.
 */
export interface ChartSeries {
  name: string;
  label: string;
}

export interface ChartPoint {
  assessmentId: string;
  date: string;
  status: Assessment['status'];
  /** null: the score is unknown that day (answers missing), drawn as a gap, never as zero. */
  values: Record<string, number | null>;
}

export interface ChartGroup {
  key: string;
  instrument: InstrumentId;
  instrumentTitle: string;
  kind: 'identifier' | 'number';
  range: readonly [number, number];
  series: ChartSeries[];
  /** Oldest first. */
  points: ChartPoint[];
}

const chronological = (a: Assessment, b: Assessment) =>
  a.assessedOn.localeCompare(b.assessedOn) || a.createdAt.localeCompare(b.createdAt);

function groupsOf(scores: readonly ScoreDefinition[]) {
  const groups: {
    kind: 'identifier' | 'number';
    range: readonly [number, number];
    scores: ScoreDefinition[];
  }[] = [];
  for (const score of scores) {
    if (score.plot === 'none') continue;
    const range: readonly [number, number] =
      score.plot === 'identifier' ? [0, 1] : (score.range ?? [0, 100]);
    const same = groups.find(
      (g) => g.kind === score.plot && g.range[0] === range[0] && g.range[1] === range[1],
    );
    if (same) same.scores.push(score);
    else groups.push({ kind: score.plot, range, scores: [score] });
  }
  return groups;
}

export function historyCharts(
  assessments: readonly Assessment[],
  language: Language,
): ChartGroup[] {
  const byInstrument = new Map<InstrumentId, Assessment[]>();
  for (const a of assessments)
    byInstrument.set(a.instrument, [...(byInstrument.get(a.instrument) ?? []), a]);
  const charts: ChartGroup[] = [];
  for (const [instrument, list] of byInstrument) {
    const definition = instrumentById(instrument);
    if (!definition) continue;
    const sorted = [...list].sort(chronological);
    for (const group of groupsOf(definition.scores)) {
      const points = sorted.map((a) => ({
        assessmentId: a.id,
        date: a.assessedOn,
        status: a.status,
        values: Object.fromEntries(
          group.scores.map((s) => {
            const v = a.scores[s.name];
            return [s.name, typeof v === 'number' ? v : null];
          }),
        ),
      }));
      if (!points.some((p) => Object.values(p.values).some((v) => v !== null))) continue;
      charts.push({
        key: `${instrument}.${group.kind}.${group.range.join('-')}`,
        instrument,
        instrumentTitle: local(definition.title, language),
        kind: group.kind,
        range: group.range,
        series: group.scores.map((s) => ({ name: s.name, label: local(s.label, language) })),
        points,
      });
    }
  }
  return charts;
}
