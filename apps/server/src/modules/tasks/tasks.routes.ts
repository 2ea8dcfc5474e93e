import { overdueSummarySchema, taskListSchema, taskQuerySchema } from '@birge/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requestMeta } from '../../http/context.js';
import { problems } from '../../http/responses.js';
import type { TasksService } from './tasks.service.js';

export const tasksRoutes =
  (tasks: TasksService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/tasks',
      {
        schema: {
          tags: ['tasks'],
          summary:
            'Follow-up tasks of a caseload: visits, reviews, re-screening, consent, practice',
          description:
            'Computed on request by the rules the device runs offline (`followUpTasks` in the domain package), over the live households of the caseload: a visit due by the plan’s frequency or the date agreed at the last visit, a GAS review due, yearly re-screening, consent to registration ending within 30 days or ended, 7 days without practice logged on a running home programme. A task’s `id` is `<kind>:<subject type>:<subject id>:<due date>`, the same on the device. Tasks not yet due are listed `horizon` days ahead (default 14); `overdue` means due before today (Kazakhstan time). Workers and supervisors get their own caseload; a supervisor or manager may pass `userId` for a worker in their places (another is 404), and sees only the households inside their own places.',
          querystring: taskQuerySchema,
          response: { 200: taskListSchema, ...problems(400, 401, 403, 404) },
        },
      },
      async (req) => tasks.list(requestMeta(req), req.query),
    );

    app.get(
      '/tasks/overdue',
      {
        schema: {
          tags: ['tasks'],
          summary: 'Overdue follow-up tasks per worker in your places (supervisors and managers)',
          description:
            'For every worker and supervisor with a place inside the caller’s: the households of their caseload the caller may see, and their overdue tasks in all and by kind, computed as `GET /tasks` computes them.',
          response: { 200: overdueSummarySchema, ...problems(401, 403) },
        },
      },
      async (req) => tasks.overdue(requestMeta(req)),
    );
  };
