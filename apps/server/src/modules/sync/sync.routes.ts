import {
  conflictPageSchema,
  conflictResolutionSchema,
  conflictSchema,
  syncDeviceSchema,
  syncPullQuerySchema,
  syncPullResponseSchema,
  syncPushRequestSchema,
  syncPushResponseSchema,
} from '@birge/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestMeta } from '../../http/context.js';
import { problems } from '../../http/responses.js';
import type { createConflictsService } from './sync.conflicts.js';
import type { SyncService } from './sync.service.js';

/** A push of 200 full records fits; anything larger is refused whole with 413. */
export const PUSH_BODY_LIMIT = 1024 * 1024;

export const syncRoutes =
  (
    sync: SyncService,
    conflicts: ReturnType<typeof createConflictsService>,
  ): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/sync/pull',
      {
        schema: {
          tags: ['sync'],
          summary:
            "Changes in the caller's caseload after a cursor (docs/sync-protocol.md); no cursor = from the start",
          querystring: syncPullQuerySchema,
          response: { 200: syncPullResponseSchema, ...problems(400, 401) },
        },
      },
      async (req) => sync.pull(requestMeta(req), req.query, req.lang),
    );

    app.post(
      '/sync/push',
      {
        bodyLimit: PUSH_BODY_LIMIT,
        schema: {
          tags: ['sync'],
          summary:
            'Apply mutations made on a device; each is applied, a duplicate, a conflict or rejected with reasons',
          body: syncPushRequestSchema,
          response: { 200: syncPushResponseSchema, ...problems(400, 401, 413, 415, 422) },
        },
      },
      async (req) => ({
        results: await sync.push(requestMeta(req), req.body, req.lang, req.t),
      }),
    );

    app.get(
      '/sync/devices',
      {
        schema: {
          tags: ['sync'],
          summary: 'Devices of the users in your places: last sync, pending, rejected, conflicts',
          response: { 200: z.array(syncDeviceSchema), ...problems(401, 403) },
        },
      },
      async (req) => sync.devices(requestMeta(req)),
    );

    app.get(
      '/sync/conflicts',
      {
        schema: {
          tags: ['sync'],
          summary: 'Conflicts kept by pushes in your places (open by default)',
          querystring: z.object({
            status: z.enum(['open', 'resolved']).optional(),
            cursor: z.string().max(200).optional(),
            limit: z.coerce.number().int().min(1).optional(),
          }),
          response: { 200: conflictPageSchema, ...problems(400, 401, 403) },
        },
      },
      async (req) => conflicts.list(requestMeta(req), req.query, req.lang),
    );

    app.get(
      '/sync/conflicts/:id',
      {
        schema: {
          tags: ['sync'],
          summary: "A conflict with the server's and the device's versions",
          params: z.object({ id: z.uuid() }),
          response: { 200: conflictSchema, ...problems(400, 401, 403, 404) },
        },
      },
      async (req) => conflicts.get(requestMeta(req), req.params.id, req.lang),
    );

    app.post(
      '/sync/conflicts/:id/resolve',
      {
        schema: {
          tags: ['sync'],
          summary:
            "Resolve a conflict: keep the server's version, take the device's, or merge chosen fields",
          params: z.object({ id: z.uuid() }),
          body: conflictResolutionSchema,
          response: { 200: conflictSchema, ...problems(400, 401, 403, 404, 409, 413, 415, 422) },
        },
      },
      async (req) => conflicts.resolve(requestMeta(req), req.params.id, req.body, req.lang),
    );
  };
