import {
  planHistorySchema,
  planInputSchema,
  planPageSchema,
  planReviewInputSchema,
  planReviewListSchema,
  planReviewSchema,
  planSchema,
  planStatusChangeSchema,
  planUpdateSchema,
} from '@birge/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta } from '../../http/context.js';
import { problems } from '../../http/responses.js';
import type { PlansService } from './plans.service.js';
import type { ReviewsService } from './reviews.service.js';

const idParams = z.object({ id: z.uuid() });
const reviewBody = planReviewInputSchema.omit({ planId: true });

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

const RULES =
  'Goals need all five GAS level descriptions (`levels.muchLess` … `levels.muchMore`, 422 `plan.goal_levels_required`), importance and difficulty 0–3 (`plan.weight_out_of_range`), a baseline of −1 or −2, at least one CBR element and a target date inside the period; assignments name an activity card by id, a goal of the plan (or none) and a member of the household, with dates inside the period. An active plan needs at least one goal. The person’s valid consent to registration is required (422 `plan.consent_required`); a person outside the caller’s places is 404.';

export const plansRoutes =
  (plans: PlansService, reviews: ReviewsService): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/plans',
      {
        schema: {
          tags: ['plans'],
          summary: 'Write an individual rehabilitation plan for a person',
          description: `${RULES} Status \`draft\` (default) or \`active\` (agreed with the family).`,
          body: planInputSchema,
          response: { 201: planSchema, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
        },
      },
      async (req, reply) => reply.code(201).send(await plans.create(requestMeta(req), req.body)),
    );

    app.get(
      '/plans',
      {
        schema: {
          tags: ['plans'],
          summary: 'A person’s or a household’s plans, newest period first',
          description:
            '`personId` or `householdId` is required. Plans of persons without valid consent to registration are left out.',
          querystring: listQuery,
          response: { 200: planPageSchema, ...problems(400, 401, 403) },
        },
      },
      async (req) => plans.list(requestMeta(req), req.query),
    );

    app.get(
      '/plans/:id',
      {
        schema: {
          tags: ['plans'],
          summary: 'One plan with its goals and home programme (each read is audited)',
          params: idParams,
          response: { 200: planSchema, ...problems(400, 401, 404) },
        },
      },
      async (req) => plans.get(requestMeta(req), req.params.id),
    );

    app.put(
      '/plans/:id',
      {
        schema: {
          tags: ['plans'],
          summary: 'A new version of a plan; `rev` must be the revision the change was based on',
          description: `${RULES} \`status\` may move draft → active or cancelled, active → completed or cancelled; a completed or cancelled plan does not change (422 \`plan.closed\`). A goal scored at a review keeps its levels and baseline and stays in the plan. A stale \`rev\` is 409 \`stale_revision\`. Every revision is kept (\`GET /plans/{id}/history\`).`,
          params: idParams,
          body: planUpdateSchema,
          response: { 200: planSchema, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
        },
      },
      async (req) => plans.update(requestMeta(req), req.params.id, req.body),
    );

    app.post(
      '/plans/:id/status',
      {
        schema: {
          tags: ['plans'],
          summary: 'Agree, complete or cancel a plan without changing its content',
          params: idParams,
          body: planStatusChangeSchema,
          response: { 200: planSchema, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
        },
      },
      async (req) =>
        plans.changeStatus(requestMeta(req), req.params.id, req.body.status, req.body.rev),
    );

    app.get(
      '/plans/:id/history',
      {
        schema: {
          tags: ['plans'],
          summary: 'Every revision of a plan, whole, oldest first',
          params: idParams,
          response: { 200: planHistorySchema, ...problems(400, 401, 404) },
        },
      },
      async (req) => plans.history(requestMeta(req), req.params.id),
    );

    app.post(
      '/plans/:id/reviews',
      {
        schema: {
          tags: ['plans'],
          summary: 'Review an active plan with Goal Attainment Scaling',
          description:
            'One level (−2…+2) for every goal of the plan (422 `review.goal_missing`, `review.goal_unknown`, `review.goal_repeated`); `rho` defaults to 0.3. The T-score is T = 50 + 10·Σ(wᵢxᵢ)/√((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²) with the plan’s weights (importance × difficulty, or 1 each when the plan is unweighted); it is stored at full precision with ρ, the weights and the plan’s revision, and is null when every weight is 0.',
          params: idParams,
          body: reviewBody,
          response: { 201: planReviewSchema, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
        },
      },
      async (req, reply) =>
        reply
          .code(201)
          .send(await reviews.create(requestMeta(req), { ...req.body, planId: req.params.id })),
    );

    app.get(
      '/plans/:id/reviews',
      {
        schema: {
          tags: ['plans'],
          summary: 'A plan’s GAS reviews, oldest first (the T-score trend)',
          params: idParams,
          response: { 200: planReviewListSchema, ...problems(400, 401, 404) },
        },
      },
      async (req) => reviews.list(requestMeta(req), req.params.id),
    );
  };
