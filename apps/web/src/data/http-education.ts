import { query, type ApiRequester } from './api-client.js';
import type { EducationOperations } from './education-operations.js';


const schemas = () => import('./education-schemas.js');

export function createHttpEducation(request: ApiRequester): EducationOperations {
  const person = (id: string, rest = '') => `/persons/${encodeURIComponent(id)}${rest}`;
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
