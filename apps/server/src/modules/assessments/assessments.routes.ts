import {
  assessmentInputSchema,
  assessmentPageSchema,
  assessmentSchema,
  assessmentUpdateSchema,
  instrumentById,
} from '@birge/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta } from '../../http/context.js';
import { notFound } from '../../http/problem.js';
import { problems } from '../../http/responses.js';
import type { AssessmentsService } from './assessments.service.js';
import { FHIR_JSON, fhirResourceSchema, questionnaireResponseBundle } from './fhir.js';

const idParams = z.object({ id: z.uuid() });

const listQuery = z
  .object({
    personId: z.uuid().optional(),
    householdId: z.uuid().optional(),
    limit: z.coerce.number().int().min(1).optional(),
    cursor: z.string().max(300).optional(),
  })
  .refine((q) => q.personId !== undefined || q.householdId !== undefined, {
    path: ['personId'],
    message: 'validation.required',
  });

export const assessmentsRoutes =
  (assessments: AssessmentsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/assessments',
      {
        schema: {
          tags: ['assessments'],
          summary: 'Record an assessment of a person with a standard instrument',
          description:
            'The answers are checked against the instrument (`GET /instruments/{id}` lists its items and scales; unknown items and codes off the scale are 422 with `errors[].path` `answers.<item>`), the instrument against the person’s age on `assessedOn`, and the person’s consent to `assessment` (422 `assessment.consent_required`). Answers to items the skip rules leave out are dropped; an assessment with every asked item answered is `complete`, otherwise a `draft` scored with what is there (missing answers are never counted as zero). A person outside the caller’s places is 404.',
          body: assessmentInputSchema,
          response: { 201: assessmentSchema, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await assessments.create(requestMeta(req), req.body)),
    );

    app.get(
      '/assessments',
      {
        schema: {
          tags: ['assessments'],
          summary: 'A person’s or a household’s assessments, newest first (by day, then by entry)',
          description:
            '`personId` or `householdId` is required. Assessments of persons without valid consent to assessment are left out.',
          querystring: listQuery,
          response: { 200: assessmentPageSchema, ...problems(400, 401, 403) },
        },
      },
      async (req) => assessments.list(requestMeta(req), req.query),
    );

    app.get(
      '/assessments/:id',
      {
        schema: {
          tags: ['assessments'],
          summary: 'One assessment with its answers and scores (each read is audited)',
          params: idParams,
          response: { 200: assessmentSchema, ...problems(400, 401, 404) },
        },
      },
      async (req) => assessments.get(requestMeta(req), req.params.id),
    );

    app.put(
      '/assessments/:id',
      {
        schema: {
          tags: ['assessments'],
          summary:
            'Correct an assessment’s answers, day or note; `rev` must be the revision the change was based on',
          description:
            'Checked and scored again like a new assessment, with the instrument’s current version. A stale `rev` is 409 `stale_revision`.',
          params: idParams,
          body: assessmentUpdateSchema,
          response: { 200: assessmentSchema, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
        },
      },
      async (req) => assessments.update(requestMeta(req), req.params.id, req.body),
    );

    app.get(
      '/assessments/:id/fhir',
      {
        schema: {
          tags: ['assessments', 'fhir'],
          summary:
            'The assessment as a FHIR R4 Bundle (collection): its QuestionnaireResponse and one Observation per score',
          params: idParams,
          response: { 200: fhirResourceSchema, ...problems(400, 401, 404) },
        },
      },
      async (req, reply) => {
        const assessment = await assessments.get(requestMeta(req), req.params.id);
        const definition = instrumentById(assessment.instrument);
        if (!definition) throw notFound();
        return reply
          .type(FHIR_JSON)
          .send(questionnaireResponseBundle(definition, assessment, req.lang));
      },
    );
  };
