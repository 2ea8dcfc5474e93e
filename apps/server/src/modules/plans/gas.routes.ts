import { tScore, tScoreRequestSchema, tScoreResponseSchema } from '@birge/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireUser } from '../../http/context.js';
import { problems } from '../../http/responses.js';

/** The stateless GAS calculator: nothing stored, any signed-in user (like the instrument scorer). */
export const gasRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/gas/t-score',
    {
      schema: {
        tags: ['plans'],
        summary: 'The GAS T-score of a set of goal levels, without storing anything',
        description:
          'T = 50 + 10·Σ(wᵢxᵢ)/√((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²) (Kiresuk & Sherman 1968; Turner-Stokes 2009 with its erratum). `level` is a whole number −2…+2, `weight` a number ≥ 0 (default 1; importance × difficulty is the usual weight), `rho` in [0, 1) (default 0.3). The answer is at full precision; `null` when every weight is 0. Invalid levels, negative weights or ρ outside [0, 1) are 422 (`gas.level_out_of_range`, `gas.weight_out_of_range`, `gas.rho_out_of_range`).',
        body: tScoreRequestSchema,
        response: { 200: tScoreResponseSchema, ...problems(400, 401, 413, 415, 422) },
      },
    },
    async (req) => {
      requireUser(req);
      return { tScore: tScore(req.body.goals, req.body.rho) };
    },
  );
};
