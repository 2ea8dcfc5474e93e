import type { Language } from '../i18n/locales.js';
import type { Pictogram } from './pictograms/pictogram.js';
import { PEOPLE_PICTOGRAMS } from './pictograms/people.js';
import { THING_PICTOGRAMS } from './pictograms/things.js';

export type { Pictogram } from './pictograms/pictogram.js';

/**
 * Pictograms of the activity library (docs/decisions/0021): simple line drawings we drew on a
 * 48 × 48 grid, kept as path data so the web app draws them inline (`<svg role="img">`) and the
 * server's PDF draws them with the same paths (pdfkit `path(d).stroke()`). Every path is a stroke,
 * never a fill: draw them with `PICTOGRAM_STYLE` in the text colour. Ids are stable: a card names
 * its pictogram by id, so a drawing may be improved, but an id is never removed or reused.
 */
export const PICTOGRAMS: Readonly<Record<PictogramId, Pictogram>> = {
  ...PEOPLE_PICTOGRAMS,
  ...THING_PICTOGRAMS,
};

export type PictogramId = keyof typeof PEOPLE_PICTOGRAMS | keyof typeof THING_PICTOGRAMS;

/** How every pictogram is drawn: no fill, round ends, in the current text colour. */
export const PICTOGRAM_STYLE = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2.5,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

export const PICTOGRAM_IDS = Object.keys(PICTOGRAMS) as [PictogramId, ...PictogramId[]];

export function isPictogramId(id: string): id is PictogramId {
  return Object.hasOwn(PICTOGRAMS, id);
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);

/**
 * A standalone SVG document of the pictogram, named in `language` (for an `<img>`, a download or a
 * document that cannot draw paths itself). Empty string for an unknown id.
 */
export function pictogramSvg(id: string, language: Language, size = 48): string {
  if (!isPictogramId(id)) return '';
  const { viewBox, paths, title } = PICTOGRAMS[id];
  const s = PICTOGRAM_STYLE;
  const name = escapeXml(title[language]);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="${viewBox}"`,
    ` role="img" aria-label="${name}" fill="${s.fill}" stroke="${s.stroke}"`,
    ` stroke-width="${s.strokeWidth}" stroke-linecap="${s.strokeLinecap}"`,
    ` stroke-linejoin="${s.strokeLinejoin}"><title>${name}</title>`,
    ...paths.map((d) => `<path d="${d}"/>`),
    '</svg>',
  ].join('');
}
