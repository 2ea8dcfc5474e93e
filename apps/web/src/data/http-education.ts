import type {
  EducationRecord,
  EducationStatusInput,
  KppkSupportInput,
  LivelihoodInput,
  LivelihoodRecord,
  PersonSummary,
  PmpkConclusionInput,
} from '@birge/domain';
import { query, type ApiRequester } from './api-client.js';

/**
 * A child's education (status history, ПМПК, КППК) and an adult's livelihood (issue 6;
 * docs/decisions/0027). On a device that keeps a caseload they are answered from the device and
 * written to its outbox (offline/device-education.ts); otherwise they go to the server.
 */
export interface EducationOperations {
  getEducation: (personId: string) => Promise<EducationRecord>;
  addEducationStatus: (personId: string, input: EducationStatusInput) => Promise<EducationRecord>;
  addPmpkConclusion: (personId: string, input: PmpkConclusionInput) => Promise<EducationRecord>;
  addKppkSupport: (personId: string, input: KppkSupportInput) => Promise<EducationRecord>;
  removeEducationEntry: (personId: string, entryId: string) => Promise<EducationRecord>;
  getLivelihood: (personId: string) => Promise<LivelihoodRecord>;
  addLivelihood: (personId: string, input: LivelihoodInput) => Promise<LivelihoodRecord>;
  removeLivelihoodEntry: (personId: string, entryId: string) => Promise<LivelihoodRecord>;
  /** A household's members as the server lists them, with `inNoEducation` derived in SQL. */
  educationOfMembers: (householdId: string) => Promise<PersonSummary[]>;
}

export const EDUCATION_OPERATIONS = [
  'getEducation',
  'addEducationStatus',
  'addPmpkConclusion',
  'addKppkSupport',
  'removeEducationEntry',
  'getLivelihood',
  'addLivelihood',
  'removeLivelihoodEntry',
  'educationOfMembers',
] as const satisfies readonly (keyof EducationOperations)[];

type Missing = Exclude<keyof EducationOperations, (typeof EDUCATION_OPERATIONS)[number]>;
export const educationOperationsComplete: [Missing] extends [never] ? true : Missing = true;

const schemas = () => import('./education-schemas.js');

export function createHttpEducation(request: ApiRequester): EducationOperations {
  const person = (id: string, rest = '') =>
    `/persons/${encodeURIComponent(id)}${rest}`;
  const education = async (b: unknown) => (await schemas()).educationRecordSchema.parse(b);
  const livelihood = async (b: unknown) => (await schemas()).livelihoodRecordSchema.parse(b);
  return {
    getEducation: (id) => request(person(id, '/education'), { parse: education }),
    addEducationStatus: (id, input) =>
      request(person(id, '/education'), { method: 'POST', body: input, parse: education }),
    addPmpkConclusion: (id, input) =>
      request(person(id, '/education/pmpk'), { method: 'POST', body: input, parse: education }),
    addKppkSupport: (id, input) =>
      request(person(id, '/education/kppk'), { method: 'POST', body: input, parse: education }),
    removeEducationEntry: (id, entryId) =>
      request(person(id, `/education/${encodeURIComponent(entryId)}`), {
        method: 'DELETE',
        parse: education,
      }),
    getLivelihood: (id) => request(person(id, '/livelihood'), { parse: livelihood }),
    addLivelihood: (id, input) =>
      request(person(id, '/livelihood'), { method: 'POST', body: input, parse: livelihood }),
    removeLivelihoodEntry: (id, entryId) =>
      request(person(id, `/livelihood/${encodeURIComponent(entryId)}`), {
        method: 'DELETE',
        parse: livelihood,
      }),
    educationOfMembers: async (householdId) =>
      request(`/persons${query({ householdId, limit: 100 })}`, {
        parse: async (b) => (await schemas()).personPageSchema.parse(b).items,
      }),
  };
}
