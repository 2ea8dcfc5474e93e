import type { InstrumentDefinition, InstrumentId } from './instrument.js';
import { isInstrumentId } from './instrument.js';
import { cfm24 } from './cfm-2-4.js';
import { cfm517 } from './cfm-5-17.js';
import { development06 } from './development-0-6.js';
import { homeEnvironment } from './home-environment.js';
import { icfProfile } from './icf-profile.js';
import { wgSs } from './wg-ss.js';
import { whodas12 } from './whodas-12.js';

/** Every instrument Birge scores, by id. */
const DEFINITIONS: readonly InstrumentDefinition[] = [
  wgSs,
  cfm24,
  cfm517,
  whodas12,
  icfProfile,
  homeEnvironment,
  development06,
];

export const INSTRUMENTS: ReadonlyMap<InstrumentId, InstrumentDefinition> = new Map(
  DEFINITIONS.map((d) => [d.id, d]),
);

/** The definition of a known instrument id, or undefined for anything else. */
export function instrumentById(id: string): InstrumentDefinition | undefined {
  return isInstrumentId(id) ? INSTRUMENTS.get(id) : undefined;
}
