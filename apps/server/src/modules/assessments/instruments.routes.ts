import {
  answerIssues,
  INSTRUMENTS,
  instrumentById,
  isEligible,
  MISSING_ANSWERS,
  scoreAnswers,
  scoreRequestSchema,
  type InstrumentDefinition,
} from '@birge/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../http/context.js';
import { invalid, ProblemError, type FieldProblem } from '../../http/problem.js';
import { problems } from '../../http/responses.js';
import { FHIR_JSON, fhirResourceSchema, questionnaireOf } from './fhir.js';
import {
  instrumentListSchema,
  instrumentsReference,
  instrumentSummary,
  instrumentView,
  instrumentViewSchema,
} from './instruments.view.js';

const idParams = z.object({
  id: z.string().max(40).describe('An instrument id, e.g. `wg-ss` (see `GET /instruments`)'),
});

const scoreResponseSchema = z.object({
  instrument: z.string(),
  version: z.string(),
  scores: z.record(z.string(), z.unknown()),
});

/** An unknown instrument is a 404 that says which part of the address was not found. */
function definitionOf(id: string): InstrumentDefinition {
  const definition = instrumentById(id);
  if (!definition)
    throw new ProblemError(404, 'not_found', {
      errors: [{ path: 'id', code: 'instrument.not_found' }],
    });
  return definition;
}

/**
 * Instruments: their definitions, a stateless scorer and FHIR Questionnaires. Signed-in users of
 * any role (docs/decisions/0018): nothing here is personal, but the API has no anonymous data.
 */
export const instrumentsRoutes = (): FastifyPluginAsyncZod => async (app) => {
  app.get(
    '/instruments',
    {
      schema: {
        tags: ['instruments'],
        summary: 'The instruments Birge scores, in the request’s language',
        response: { 200: instrumentListSchema, ...problems(401) },
      },
    },
    async (req) => {
      requireUser(req);
      return { items: [...INSTRUMENTS.values()].map((d) => instrumentSummary(d, req.lang)) };
    },
  );

  app.get(
    '/instruments/:id',
    {
      schema: {
        tags: ['instruments'],
        summary:
          'An instrument’s full definition (sections, scales, items with skip rules, scores) in the request’s language',
        params: idParams,
        response: { 200: instrumentViewSchema, ...problems(400, 401, 404) },
      },
    },
    async (req) => {
      requireUser(req);
      return instrumentView(definitionOf(req.params.id), req.lang);
    },
  );

  app.post(
    '/instruments/:id/score',
    {
      schema: {
        tags: ['instruments'],
        summary: 'Score answers with an instrument’s published rules; nothing is stored',
        description: [
          'Answers are `{"<item id>": <code>}` with codes from the item’s scale (`GET /instruments/{id}`), or',
          `${MISSING_ANSWERS.map((m) => `\`"${m}"\``).join(' / ')} for any item; both count as missing, never as zero.`,
          'Items the skip rules leave out are ignored; `ageMonths` (optional) is the person’s age for age-dependent items',
          'and must be within the instrument’s ages. Unknown items and codes off the scale are 422 with',
          '`errors[].path` `answers.<item>`; an unknown instrument is 404.',
          '',
          instrumentsReference(INSTRUMENTS.values()),
        ].join('\n'),
        params: idParams,
        body: scoreRequestSchema,
        response: { 200: scoreResponseSchema, ...problems(400, 401, 404, 413, 415, 422) },
      },
    },
    async (req) => {
      requireUser(req);
      const definition = definitionOf(req.params.id);
      const { answers, ageMonths } = req.body;
      const issues: FieldProblem[] = answerIssues(definition, answers);
      if (ageMonths !== undefined && !isEligible(definition, ageMonths))
        issues.push({ path: 'ageMonths', code: 'instrument.age_out_of_range' });
      if (issues.length) throw invalid(issues);
      return {
        instrument: definition.id,
        version: definition.version,
        scores: scoreAnswers(definition, answers, ageMonths === undefined ? {} : { ageMonths }),
      };
    },
  );

  app.get(
    '/instruments/:id/fhir',
    {
      schema: {
        tags: ['instruments', 'fhir'],
        summary: 'The instrument as a FHIR R4 Questionnaire, in the request’s language',
        description:
          'Text in the request’s language with the other two as `translation` extensions; `linkId` is the item id; answer codes are codings of `https://birge.kz/fhir/CodeSystem/<instrument>/<scale>` (“don’t know” and “refused” are data-absent reasons); skip rules FHIR can state are `enableWhen`, others travel in an extension.',
        params: idParams,
        response: { 200: fhirResourceSchema, ...problems(400, 401, 404) },
      },
    },
    async (req, reply) => {
      requireUser(req);
      return reply.type(FHIR_JSON).send(questionnaireOf(definitionOf(req.params.id), req.lang));
    },
  );
};
