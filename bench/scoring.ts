import {
  INSTRUMENTS,
  MISSING_ANSWERS,
  evaluateAssessment,
  holds,
  scoreAnswers,
  type Answer,
  type InstrumentDefinition,
} from '@birge/domain';
import { parseArgs } from 'node:util';
import { machineFacts, printTable, round, writeResult } from './lib/report.js';
import { Rng } from './lib/rng.js';

/**
 * Scoring throughput of every instrument in the domain package (issue 4): how many responses per
 * second one core checks and scores. Answers are random but realistic — walked item by item with
 * the skip rules, a few "don't know" — and prepared before timing starts.
 *
 *   node --import tsx --conditions birge-source bench/scoring.ts [--responses 2000] [--seconds 2]
 */

const { values } = parseArgs({
  options: {
    responses: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '2' },
    seed: { type: 'string', default: '2026' },
  },
});
const RESPONSES = Number(values.responses);
const SECONDS = Number(values.seconds);
/** The national dataset scores a few million assessments; 10,000 a second keeps that to minutes. */
const TARGET_PER_SECOND = 10_000;

function ageFor(definition: InstrumentDefinition, rng: Rng): number {
  const { minMonths, maxMonths } = definition.ages;
  return rng.int(minMonths, maxMonths ?? 960);
}

function responseFor(definition: InstrumentDefinition, ageMonths: number, rng: Rng) {
  const scales = new Map(definition.scales.map((s) => [s.id, s]));
  const answers: Record<string, Answer> = {};
  for (const item of definition.items) {
    if (item.when && !holds(item.when, answers, { ageMonths })) continue;
    if (rng.chance(0.03)) {
      answers[item.id] = rng.pick(MISSING_ANSWERS);
      continue;
    }
    const options = scales.get(item.scale)?.options ?? [];
    // Most people answer the first ("no difficulty") options; some the others.
    const option = rng.chance(0.7) ? options[0] : rng.pick(options);
    if (option) answers[item.id] = option.code;
  }
  return { ageMonths, answers };
}

function timed(work: (i: number) => unknown): number {
  let done = 0;
  const started = performance.now();
  const until = started + SECONDS * 1000;
  while (performance.now() < until) {
    for (let i = 0; i < 500; i++) work(done + i);
    done += 500;
  }
  return done / ((performance.now() - started) / 1000);
}

const rng = new Rng(Number(values.seed));
const consent = {
  givenBy: 'self' as const,
  scopes: ['registration', 'assessment'] as const,
  givenOn: '2020-01-01',
  expiresOn: '2099-01-01',
  withdrawnOn: null,
};
const rows = [['instrument', 'items', 'score/s', 'check+score/s', 'target', '']];
const results: Record<string, unknown>[] = [];
for (const definition of INSTRUMENTS.values()) {
  const responses = Array.from({ length: RESPONSES }, () =>
    responseFor(definition, ageFor(definition, rng), rng),
  );
  const pick = (i: number) => responses[i % responses.length] ?? responses[0]!;
  const scorePerSecond = timed((i) => {
    const r = pick(i);
    return scoreAnswers(definition, r.answers, { ageMonths: r.ageMonths });
  });
  const evaluatePerSecond = timed((i) => {
    const r = pick(i);
    const assessedOn = '2026-11-25';
    const year = 2026 - Math.floor(r.ageMonths / 12) - 1;
    return evaluateAssessment({
      instrument: definition.id,
      assessedOn,
      answers: r.answers,
      person: { birthDate: `${year}-12-01`, consents: [consent] },
      today: assessedOn,
    });
  });
  const pass = Math.min(scorePerSecond, evaluatePerSecond) >= TARGET_PER_SECOND;
  rows.push([
    definition.id,
    String(definition.items.length),
    Math.round(scorePerSecond).toLocaleString('en'),
    Math.round(evaluatePerSecond).toLocaleString('en'),
    `≥ ${TARGET_PER_SECOND.toLocaleString('en')}`,
    pass ? 'PASS' : 'MISS',
  ]);
  results.push({
    instrument: definition.id,
    version: definition.version,
    items: definition.items.length,
    scorePerSecond: round(scorePerSecond, 0),
    checkAndScorePerSecond: round(evaluatePerSecond, 0),
  });
}
printTable(rows);
console.log(
  `\nwrote ${await writeResult('scoring', 'domain', { machine: machineFacts(), target: TARGET_PER_SECOND, results })}`,
);
