import type { InstrumentId } from '@birge/domain';
import type { EntryDescriber } from './score-view.js';

/**
 * Words for list entries whose text lives outside the definition's items and sections (a home
 * adaptation's title and advice by its id). Instruments without one fall back to the generic
 * rows of score-view.ts.
 */
const DESCRIBERS: Partial<Record<InstrumentId, EntryDescriber>> = {};

export const describerFor = (id: InstrumentId): EntryDescriber | undefined => DESCRIBERS[id];
