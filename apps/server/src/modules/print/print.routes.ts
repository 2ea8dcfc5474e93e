import { LANGUAGES } from '@birge/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta } from '../../http/context.js';
import { problems } from '../../http/responses.js';
import type { PrintService } from './print.service.js';

const idParams = z.object({ id: z.uuid() });
const printQuery = z.object({ lang: z.enum(LANGUAGES).optional() });

export const printRoutes =
  (print: PrintService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/plans/:id/print.pdf',
      {
        schema: {
          tags: ['plans'],
          summary: 'The plan as a one-page A4 PDF for the family (application/pdf)',
          description:
            'In `lang`, else the person’s first language in the registry, else Kazakh: the goals in the family’s words with the expected level and its date, the current home activities with their pictograms, who does them and how often, their steps and the first sign to stop, the next visit (agreed at the last visit or due by the plan’s frequency) and the worker who holds the household. Body text is 14 pt or larger in Noto Sans, embedded (Kazakh letters included); what does not fit on the page is counted, not shrunk. Read like `GET /plans/{id}` (out of scope, or without the person’s valid consent: 404); each print is audited as an export.',
          params: idParams,
          querystring: printQuery,
          response: {
            200: z.unknown().describe('The plan as a PDF document (application/pdf)'),
            ...problems(400, 401, 404),
          },
        },
      },
      async (req, reply) => {
        const pdf = await print.planPdf(requestMeta(req), req.params.id, req.query.lang);
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="plan-${req.params.id}.pdf"`)
          .header('cache-control', 'private, no-store')
          .send(pdf);
      },
    );
  };
