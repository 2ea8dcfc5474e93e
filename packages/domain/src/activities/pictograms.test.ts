import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/locales.js';
import { PICTOGRAM_IDS, PICTOGRAMS, isPictogramId, pictogramSvg } from './pictograms.js';

const SIZE = 48;
const NUMBER = /-?\d*\.?\d+/g;
/** Numbers each command takes, and which of them are x and y coordinates (absolute commands). */
const ARITY: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, Q: 4, T: 2, C: 6, S: 4, A: 7 };

/**
 * Every point a path reaches or bends towards (absolute commands, and the relative arcs our
 * circles use), so a test can keep the drawing inside its 48 × 48 box.
 */
function pointsOf(d: string): [number, number][] {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command = '', args = ''] of d.matchAll(/([A-Za-z])([^A-Za-z]*)/g)) {
    const n = (args.match(NUMBER) ?? []).map(Number);
    const upper = command.toUpperCase();
    const arity = ARITY[upper] ?? 0;
    if (upper === 'Z') continue;
    if (arity === 0 || n.length % arity !== 0) throw new Error(`bad segment ${command}${args}`);
    for (let i = 0; i < n.length; i += arity) {
      const a = n.slice(i, i + arity);
      if (command === 'a') [x, y] = [x + (a[5] ?? 0), y + (a[6] ?? 0)];
      else if (command !== upper) throw new Error(`relative ${command} not expected`);
      else if (upper === 'H') x = a[0] ?? x;
      else if (upper === 'V') y = a[0] ?? y;
      else if (upper === 'A') [x, y] = [a[5] ?? x, a[6] ?? y];
      else {
        for (let j = 0; j < arity; j += 2) points.push([a[j] ?? 0, a[j + 1] ?? 0]);
        [x, y] = [a[arity - 2] ?? x, a[arity - 1] ?? y];
      }
      points.push([x, y]);
    }
  }
  return points;
}

describe('pictograms', () => {
  it('are many, with kebab-case ids', () => {
    expect(PICTOGRAM_IDS.length).toBeGreaterThanOrEqual(8);
    for (const id of PICTOGRAM_IDS) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it.each(PICTOGRAM_IDS.map((id) => [id]))('%s is a small line drawing inside its box', (id) => {
    const { viewBox, paths, title } = PICTOGRAMS[id];
    expect(viewBox).toBe(`0 0 ${SIZE} ${SIZE}`);
    expect(paths.length).toBeGreaterThan(0);
    for (const d of paths) {
      expect(d).toMatch(/^M[\d .MLHVQTCSAaZ-]+$/);
      for (const [px, py] of pointsOf(d)) {
        expect(px, d).toBeGreaterThanOrEqual(0);
        expect(px, d).toBeLessThanOrEqual(SIZE);
        expect(py, d).toBeGreaterThanOrEqual(0);
        expect(py, d).toBeLessThanOrEqual(SIZE);
      }
    }
    for (const language of LANGUAGES) expect(title[language].trim()).not.toBe('');
    expect(JSON.stringify({ viewBox, paths, title }).length).toBeLessThan(1024);
  });

  it('knows its ids', () => {
    expect(isPictogramId('walking')).toBe(true);
    expect(isPictogramId('toString')).toBe(false);
    expect(isPictogramId('unicorn')).toBe(false);
  });

  it('makes a standalone SVG named in the language asked for', () => {
    const svg = pictogramSvg('washing-hands', 'kk', 96);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="96" height="96"/);
    expect(svg).toContain('role="img" aria-label="Қол жуу"');
    expect(svg).toContain('<title>Қол жуу</title>');
    expect(svg.match(/<path /g)).toHaveLength(PICTOGRAMS['washing-hands'].paths.length);
    expect(svg.endsWith('</svg>')).toBe(true);
    expect(pictogramSvg('first-then', 'en')).toContain('aria-label="First, then"');
    expect(pictogramSvg('unicorn', 'en')).toBe('');
  });
});
