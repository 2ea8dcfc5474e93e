/** Education and livelihood answers' schemas, a chunk of their own (see http-education.ts). */
export { educationRecordSchema, livelihoodRecordSchema, personPageSchema } from '@birge/domain';
