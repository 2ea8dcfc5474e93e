import { Readable } from 'node:stream';
import { canViewAudit } from '@birge/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta, requireUser } from '../../http/context.js';
import { forbidden, ProblemError } from '../../http/problem.js';
import { problems } from '../../http/responses.js';
import type { AuditLog } from './audit.service.js';
import type { AuditRow } from './audit.repo.js';

const entrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  actorRole: z.string().nullable(),
  action: z.string(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  fields: z.array(z.string()),
  ip: z.string().nullable(),
  chain: z.number().int(),
  chainSeq: z.number().int(),
  hash: z.string(),
});

const toEntry = (r: AuditRow) => ({
  id: r.id,
  at: r.at.toISOString(),
  actorId: r.actor_id,
  actorUsername: r.actor_username,
  actorRole: r.actor_role,
  action: r.action,
  entity: r.entity,
  entityId: r.entity_id,
  fields: r.fields,
  ip: r.ip,
  chain: r.chain,
  chainSeq: r.chain_seq,
  hash: r.hash,
});

const CSV_COLUMNS = [
  'id',
  'at',
  'actor_id',
  'actor_username',
  'actor_role',
  'action',
  'entity',
  'entity_id',
  'fields',
  'ip',
  'user_agent',
  'request_id',
  'chain',
  'chain_seq',
  'prev_hash',
  'hash',
] as const;

function csvCell(value: Date | string[] | string | number | null): string {
  const text =
    value instanceof Date
      ? value.toISOString()
      : Array.isArray(value)
        ? value.join(';')
        : value === null
          ? ''
          : String(value);
  // Quote everything and neutralise spreadsheet formulas (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

export const auditRoutes =
  (audit: AuditLog): FastifyPluginAsyncZod =>
  async (app) => {
    app.addHook('preHandler', async (req) => {
      if (!canViewAudit(requireUser(req))) throw forbidden();
    });

    app.get(
      '/audit',
      {
        schema: {
          tags: ['audit'],
          summary: 'The audit log, newest first (administrators)',
          querystring: z.strictObject({
            limit: z.coerce.number().int().min(1).optional(),
            cursor: z.string().max(30).optional(),
            actorId: z.uuid().optional(),
            entityId: z.string().max(100).optional(),
            action: z.string().max(40).optional(),
          }),
          response: {
            200: z.object({ items: z.array(entrySchema), nextCursor: z.string().nullable() }),
            ...problems(400, 401, 403),
          },
        },
      },
      async (req) => {
        const { limit = 50, cursor, actorId, entityId, action } = req.query;
        const beforeId = cursor === undefined ? undefined : Number(cursor);
        if (beforeId !== undefined && !(Number.isInteger(beforeId) && beforeId > 0))
          throw new ProblemError(400, 'bad_cursor');
        const size = Math.min(limit, 200);
        const rows = await audit.list({ actorId, entityId, action, beforeId, limit: size + 1 });
        const page = rows.slice(0, size);
        return {
          items: page.map(toEntry),
          nextCursor: rows.length > size ? String(page.at(-1)?.id) : null,
        };
      },
    );

    app.get(
      '/audit/verify',
      {
        schema: {
          tags: ['audit'],
          summary: 'Recompute the hash chains; lists the rows where a chain breaks',
          response: {
            200: z.object({
              intact: z.boolean(),
              checked: z.number().int(),
              breaks: z.array(z.object({ chain: z.number(), seq: z.number(), id: z.number() })),
            }),
            ...problems(401, 403),
          },
        },
      },
      async () => {
        const { checked, breaks } = await audit.verify();
        return { intact: breaks.length === 0, checked, breaks };
      },
    );

    app.get(
      '/audit/export',
      {
        schema: {
          tags: ['audit'],
          summary: 'The whole audit log as CSV (the export is itself audited)',
        },
      },
      async (req, reply) => {
        await audit.append(requestMeta(req), { action: 'export', entity: 'audit_log' });
        const lines = async function* () {
          yield `${CSV_COLUMNS.join(',')}\n`;
          for await (const row of audit.all())
            yield `${CSV_COLUMNS.map((c) => csvCell(row[c])).join(',')}\n`;
        };
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="birge-audit.csv"')
          .send(Readable.from(lines()));
      },
    );
  };
