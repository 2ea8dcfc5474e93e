import type { LocalText } from '../../instruments/instrument.js';

/** One pictogram: line drawings on a 48 × 48 grid (docs/decisions/0021). */
export interface Pictogram {
  readonly viewBox: string;
  /** SVG path data (`d`), each drawn as a stroke, never filled. */
  readonly paths: readonly string[];
  /** What the picture shows: its accessible name when it stands alone. */
  readonly title: LocalText;
}

export const VIEW_BOX = '0 0 48 48';
