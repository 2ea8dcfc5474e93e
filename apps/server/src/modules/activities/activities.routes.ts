import {
  ACTIVITY_CATEGORIES,
  ACTIVITY_ID_PATTERN,
  activityInputSchema,
  activityPageSchema,
  activitySchema,
  activityUpdateSchema,
  canEditActivities,
  CBR_ELEMENT_IDS,
  MAX_ACTIVITY_AGE_MONTHS,
  PICTOGRAM_IDS,
} from '@birge/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta, requireUser } from '../../http/context.js';
import { forbidden } from '../../http/problem.js';
import { problems } from '../../http/responses.js';
import {
  DEFAULT_ACTIVITY_PAGE,
  MAX_ACTIVITY_PAGE,
  type ActivitiesService,
} from './activities.service.js';

const idParams = z.object({
  id: z
    .string()
    .max(80)
    .regex(ACTIVITY_ID_PATTERN, { message: 'activity.id_format' })
    .describe('A card id, e.g. `mobility.sit-to-stand`'),
});

const listQuery = z.object({
  category: z.enum(ACTIVITY_CATEGORIES).optional(),
  age: z.coerce
    .number()
    .int()
    .min(0)
    .max(MAX_ACTIVITY_AGE_MONTHS)
    .optional()
    .describe('An age in months: only cards meant for it (both ends of a card’s ages included)'),
  element: z.enum(CBR_ELEMENT_IDS).optional().describe('Only cards tagged with this CBR element'),
  retired: z
    .enum(['true', 'false'])
    .optional()
    .describe('`false`: only cards offered for new plans; `true`: only retired ones; absent: all'),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .optional()
    .describe(`Page size, ${DEFAULT_ACTIVITY_PAGE} by default, at most ${MAX_ACTIVITY_PAGE}`),
  cursor: z.string().max(300).optional(),
});

const versionQuery = z.object({
  version: z.coerce.number().int().min(1).optional().describe('An earlier version of the text'),
});

/** Checked before the body, so someone who may not edit learns that first. */
async function adminOnly(req: FastifyRequest) {
  if (!canEditActivities(requireUser(req))) throw forbidden();
}

const CARD_SHAPE = [
  'Every text is `{"kk","ru","en"}` — the card travels in all three languages, because the reader’s',
  'language is the family’s, not the caller’s (a worker in Russian prints a plan for a family in',
  'Kazakh; a phone keeps one copy offline and switches language without the network).',
  '`activityText(card, language)` in `@birge/domain` gives the card in one language.',
  'Ages are months (`maxMonths` null: no upper limit); `elements` are WHO CBR matrix element ids;',
  `\`pictogram\` is one of ${PICTOGRAM_IDS.length} line drawings in \`@birge/domain\` (\`PICTOGRAMS\`: viewBox and`,
  'SVG path data, drawn as strokes). `origin`: `builtin` (Birge’s text), `edited` (Birge’s card changed by',
  'an admin: newer shipped versions no longer replace it) or `custom` (added by an admin).',
].join(' ');

/** The activity library: any signed-in role reads; admins add and edit (docs/decisions/0021). */
export const activitiesRoutes =
  (activities: ActivitiesService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/activities',
      {
        schema: {
          tags: ['activities'],
          summary: 'The activity cards of the home programme, in id order (grouped by category)',
          description: `${CARD_SHAPE} Retired cards are listed too (plans that have them keep them) unless \`retired=false\`.`,
          querystring: listQuery,
          response: { 200: activityPageSchema, ...problems(400, 401) },
        },
      },
      async (req) => {
        const { retired, ...query } = req.query;
        return activities.list(requestMeta(req), {
          ...query,
          retired: retired === undefined ? undefined : retired === 'true',
        });
      },
    );

    app.get(
      '/activities/:id',
      {
        schema: {
          tags: ['activities'],
          summary: 'One activity card, or an earlier version of its text (`?version=`)',
          description: CARD_SHAPE,
          params: idParams,
          querystring: versionQuery,
          response: { 200: activitySchema, ...problems(400, 401, 404) },
        },
      },
      async (req) => activities.get(requestMeta(req), req.params.id, req.query.version),
    );

    app.post(
      '/activities',
      {
        preValidation: adminOnly,
        schema: {
          tags: ['activities'],
          summary: 'Add a card to the library (admins); it starts at version 1',
          description:
            'The id is `<category>.<name>` and starts with the card’s category (422 `activity.id_category`); 3–7 steps, at least one safety note and one sign to stop, every text in kk, ru and en. An id already in the library is 409 `duplicate_id`. Audited.',
          body: activityInputSchema,
          response: { 201: activitySchema, ...problems(400, 401, 403, 409, 413, 415, 422) },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await activities.create(requestMeta(req), req.body)),
    );

    app.put(
      '/activities/:id',
      {
        preValidation: adminOnly,
        schema: {
          tags: ['activities'],
          summary: 'Change a card (admins): its whole content, based on its current `version`',
          description:
            'A changed text gets the next version (earlier ones stay readable with `?version=`); `retired` alone does not change the version, and left out keeps the card’s state. A stale `version` is 409 `stale_revision` with `currentVersion`. A Birge card an admin changes becomes `edited` and is no longer replaced by newer shipped text. The category cannot move a card out of its id (422 `activity.id_category`). Audited; a change that changes nothing writes nothing.',
          params: idParams,
          body: activityUpdateSchema,
          response: { 200: activitySchema, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
        },
      },
      async (req) => activities.update(requestMeta(req), req.params.id, req.body),
    );
  };
