import {
  educationRecordSchema,
  educationStatusInputSchema,
  kppkSupportInputSchema,
  pmpkConclusionInputSchema,
} from '@birge/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta } from '../../http/context.js';
import { problems } from '../../http/responses.js';
import type { EducationService } from './education.service.js';

const personParams = z.object({ id: z.uuid() });
const entryParams = z.object({ id: z.uuid(), entryId: z.uuid() });

const SCOPE =
  'Workers and supervisors write within their places, managers read, a family reads its own household; a person outside the caller’s sight is 404. Writes need the person’s valid consent (422 `record.consent_required`). Every write returns the whole education record, summary included.';
const DATES =
  'Dates may not be before the person’s birth (422 `record.before_birth`) or in the future (`record.date_future`).';

export const educationRoutes =
  (education: EducationService): FastifyPluginAsyncZod =>
  async (app) => {
    const writeResponses = {
      201: educationRecordSchema,
      ...problems(400, 401, 403, 404, 409, 413, 415, 422),
    };

    app.get(
      '/persons/:id/education',
      {
        schema: {
          tags: ['education'],
          summary: 'A person’s education: status history, ПМПК conclusions, КППК support, summary',
          description: `The summary derives \`inNoEducation\`: a child of preschool (1–5) or school age (6–17) whose status is \`none\` or not recorded (\`state\`: \`none\` / \`unknown\`). Without valid consent the lists are empty and nothing is derived (\`consentValid: false\`). ${SCOPE}`,
          params: personParams,
          response: { 200: educationRecordSchema, ...problems(400, 401, 404) },
        },
      },
      async (req) => education.get(requestMeta(req), req.params.id),
    );

    app.post(
      '/persons/:id/education',
      {
        schema: {
          tags: ['education'],
          summary: 'Add an education status from a date (the entry in force on a day wins)',
          description: `${DATES} ${SCOPE}`,
          params: personParams,
          body: educationStatusInputSchema,
          response: writeResponses,
        },
      },
      async (req, reply) =>
        reply.code(201).send(await education.addStatus(requestMeta(req), req.params.id, req.body)),
    );

    app.post(
      '/persons/:id/education/pmpk',
      {
        schema: {
          tags: ['education'],
          summary: 'Add a ПМПК conclusion: special educational needs and recommended conditions',
          description: `${DATES} ${SCOPE}`,
          params: personParams,
          body: pmpkConclusionInputSchema,
          response: writeResponses,
        },
      },
      async (req, reply) =>
        reply.code(201).send(await education.addPmpk(requestMeta(req), req.params.id, req.body)),
    );

    app.post(
      '/persons/:id/education/kppk',
      {
        schema: {
          tags: ['education'],
          summary: 'Add a КППК support period (`to` null while it goes on)',
          description: `${DATES} A period may not end before it starts (\`record.ends_before_start\`); its end may be planned ahead. ${SCOPE}`,
          params: personParams,
          body: kppkSupportInputSchema,
          response: writeResponses,
        },
      },
      async (req, reply) =>
        reply.code(201).send(await education.addKppk(requestMeta(req), req.params.id, req.body)),
    );

    app.delete(
      '/persons/:id/education/:entryId',
      {
        schema: {
          tags: ['education'],
          summary: 'Remove a mistaken status, conclusion or support entry (kept, marked deleted)',
          description: `Entries are never edited: remove the wrong one and add the right one. ${SCOPE}`,
          params: entryParams,
          response: { 200: educationRecordSchema, ...problems(400, 401, 403, 404, 422) },
        },
      },
      async (req) => education.remove(requestMeta(req), req.params.id, req.params.entryId),
    );
  };
