/** The registry's answers' schemas, a chunk of their own (see http-repository.ts). */
export {
  assessmentPageSchema,
  assessmentSchema,
  consentSchema, householdPageSchema, householdSchema, personSchema } from '@birge/domain';
