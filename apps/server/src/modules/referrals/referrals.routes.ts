import {
  LANGUAGES,
  referralInputSchema,
  referralListQuerySchema,
  referralPageSchema,
  referralSchema,
  referralStatusChangeSchema,
} from '@birge/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta } from '../../http/context.js';
import { problems } from '../../http/responses.js';
import type { ReferralLetters } from './referral-letter.js';
import type { ReferralsService } from './referrals.service.js';

const idParams = z.object({ id: z.uuid() });
const letterQuery = z.object({ lang: z.enum(LANGUAGES).optional() });

const WHO =
  'Workers, supervisors and managers see the referrals of persons in their places, a family those of its own household (read only). A `provider` sees only referrals addressed to their own organization (a provider without one sees none), and of the person only name, sex, birth date and the parts the referral shares; anything else is 404. Other roles: 403 on lists, 404 on records.';

export const referralsRoutes =
  (referrals: ReferralsService, letters: ReferralLetters): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/referrals',
      {
        schema: {
          tags: ['referrals'],
          summary: 'Refer a person to an organization of the service directory',
          description:
            'Workers and supervisors, for persons in their places (otherwise 404 `referral.person_not_found`). The organization must exist (422 `referral.organization_not_found`); the person must have valid consent to `sharing_with_services` on `sentOn` (422 `referral.consent_required`); `sentOn` is not in the future. The referral starts as `sent`; its first step is the sending.',
          body: referralInputSchema,
          response: { 201: referralSchema, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
        },
      },
      async (req, reply) =>
        reply.code(201).send(await referrals.create(requestMeta(req), req.body, req.lang)),
    );

    app.get(
      '/referrals',
      {
        schema: {
          tags: ['referrals'],
          summary: 'Referrals the caller may see: open first, then the newest sent',
          description: `${WHO} Filters combine; \`open=true\` keeps referrals not yet completed or declined. The items leave out the person's shared parts.`,
          querystring: referralListQuerySchema,
          response: { 200: referralPageSchema, ...problems(400, 401, 403) },
        },
      },
      async (req) => referrals.list(requestMeta(req), req.query, req.lang),
    );

    app.get(
      '/referrals/:id',
      {
        schema: {
          tags: ['referrals'],
          summary: 'One referral with its steps (each read is audited)',
          description: WHO,
          params: idParams,
          response: { 200: referralSchema, ...problems(400, 401, 404) },
        },
      },
      async (req) => referrals.get(requestMeta(req), req.params.id, req.lang),
    );

    app.post(
      '/referrals/:id/status',
      {
        schema: {
          tags: ['referrals'],
          summary: 'Record the next step of the loop: accepted, scheduled, completed, declined…',
          description:
            'By staff of the addressed organization, or the worker or supervisor of the person’s place; a family or manager gets 403, a provider of another organization 404. Steps follow the lifecycle sent → accepted | declined, accepted → scheduled | completed | declined, scheduled → scheduled | completed | not_attended | declined, not_attended → scheduled | declined; a jump it forbids is 422 `referral.transition` and changes nothing. `date` is not before the previous step nor in the future (`referral.date_before_previous`, `referral.date_in_future`); `appointmentOn` is required when scheduling, not before `date`, and given only then. The note is the feedback the worker reads.',
          params: idParams,
          body: referralStatusChangeSchema,
          response: { 200: referralSchema, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
        },
      },
      async (req) => referrals.changeStatus(requestMeta(req), req.params.id, req.body, req.lang),
    );

    app.get(
      '/referrals/:id/letter.pdf',
      {
        schema: {
          tags: ['referrals'],
          summary: 'The referral letter as a one-page A4 PDF (application/pdf)',
          description:
            'In `lang`, else the reader’s language: from (the worker, their phone, the CBR programme and place), to (the organization), the person (name, birth date), reason, CBR elements, urgency, what is shared, the date, and space for the service’s answer. Noto Sans is embedded (Kazakh letters included). Read like `GET /referrals/{id}`; each print is audited as an export.',
          params: idParams,
          querystring: letterQuery,
          response: {
            200: z.unknown().describe('The referral letter as a PDF document (application/pdf)'),
            ...problems(400, 401, 404),
          },
        },
      },
      async (req, reply) => {
        const pdf = await letters.pdf(requestMeta(req), req.params.id, req.query.lang ?? req.lang);
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="referral-${req.params.id}.pdf"`)
          .header('cache-control', 'private, no-store')
          .send(pdf);
      },
    );
  };
