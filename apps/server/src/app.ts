import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, validatorCompiler } from 'fastify-type-provider-zod';
import { v7 as uuidv7 } from 'uuid';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { registerErrorHandler, sendProblem } from './http/error-handler.js';
import { ProblemError } from './http/problem.js';
import { registerRequestContext } from './http/security.js';
import { responseSerializer } from './http/serializer.js';
import { activitiesRoutes } from './modules/activities/activities.routes.js';
import { assessmentsRoutes } from './modules/assessments/assessments.routes.js';
import { instrumentsRoutes } from './modules/assessments/instruments.routes.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { registerMetrics } from './modules/health/metrics.js';
import { householdsRoutes } from './modules/households/households.routes.js';
import { personsRoutes } from './modules/persons/persons.routes.js';
import { placesRoutes } from './modules/places/places.routes.js';
import { usersRoutes } from './modules/users/users.routes.js';
import { caseloadsRoutes } from './modules/caseloads/caseloads.routes.js';
import { syncRoutes } from './modules/sync/sync.routes.js';
import { tasksRoutes } from './modules/tasks/tasks.routes.js';
import { invitationsRoutes } from './modules/invitations/invitations.routes.js';
import { printRoutes } from './modules/print/print.routes.js';
import { gasRoutes } from './modules/plans/gas.routes.js';
import { plansRoutes } from './modules/plans/plans.routes.js';
import { practiceRoutes } from './modules/plans/practice.routes.js';
import { visitsRoutes } from './modules/visits/visits.routes.js';
import { organizationsRoutes } from './modules/organizations/organizations.routes.js';
import { referralsRoutes } from './modules/referrals/referrals.routes.js';
import { createServices, type Services } from './services.js';
import { VERSION } from './version.js';

export const BODY_LIMIT = 256 * 1024;

export interface AppOptions {
  database: Database;
  config: Config;
  /** pino options, or false for silence (tests). */
  logger?: boolean | Record<string, unknown>;
  /**
   * Tests: also encode every response with zod (which checks it against the schema) and fail when
   * the compiled serializer writes anything else.
   */
  verifyResponses?: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}

export async function buildApp({
  database,
  config,
  logger = false,
  verifyResponses = false,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    bodyLimit: BODY_LIMIT,
    // One reverse proxy in front: trust its hop only, so clients cannot pick their own address.
    trustProxy: config.trustProxy ? (_address: string, hop: number) => hop < 1 : false,
    genReqId: () => uuidv7(),
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer(verifyResponses));
  // Only JSON bodies: a cross-site form cannot send one without a preflight.
  app.removeContentTypeParser(['text/plain']);

  const services = createServices(database, config);
  app.decorate('services', services);
  // Sync pages and the app shell travel over slow mobile links: gzip what the client accepts.
  await app.register(fastifyCompress, { threshold: 1024, encodings: ['gzip', 'deflate'] });
  await app.register(fastifyCookie);
  registerRequestContext(app, services.auth);
  registerErrorHandler(app);

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Birge API',
        version: VERSION,
        description:
          'Community-based rehabilitation: registry of households and persons, assessments with standard instruments (also as FHIR R4). Errors are application/problem+json (RFC 9457) with a stable `code`; `Accept-Language: kk|ru|en` selects their language (Kazakh by default).',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'birge_session' } },
      },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  registerMetrics(app);
  await app.register(healthRoutes(database, VERSION));
  await app.register(
    async (api) => {
      api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
      await api.register(authRoutes(services.auth, services.places, config));
      await api.register(placesRoutes(services.places));
      await api.register(householdsRoutes(services.households));
      await api.register(personsRoutes(services.persons, services.consents));
      await api.register(assessmentsRoutes(services.assessments));
      await api.register(instrumentsRoutes());
      await api.register(activitiesRoutes(services.activities));
      await api.register(usersRoutes(services.users));
      await api.register(auditRoutes(services.audit));
      await api.register(caseloadsRoutes(services.caseloads));
      await api.register(syncRoutes(services.sync, services.conflicts));
      await api.register(plansRoutes(services.plans, services.reviews));
      await api.register(practiceRoutes(services.practice));
      await api.register(gasRoutes);
      await api.register(visitsRoutes(services.visits));
      await api.register(tasksRoutes(services.tasks));
      await api.register(
        invitationsRoutes(services.invitations, services.auth, services.places, config),
      );
      await api.register(printRoutes(services.print));
      await api.register(organizationsRoutes(services.organizations));
      await api.register(referralsRoutes(services.referrals, services.referralLetters));
    },
    { prefix: '/api/v1' },
  );

  const webIndex = path.join(config.webDist, 'index.html');
  const hasWeb = existsSync(webIndex);
  if (hasWeb)
    await app.register(fastifyStatic, {
      root: config.webDist,
      wildcard: false,
      index: 'index.html',
    });

  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0] ?? '';
    // A missing file (an old build's chunk after a deployment) is a 404, not the app's page.
    const isFile = /\.[a-z0-9]+$/i.test(path) || path.startsWith('/assets/');
    if (path.startsWith('/api/') || !hasWeb || req.method !== 'GET' || isFile)
      return sendProblem(req, reply, new ProblemError(404, 'route_not_found'));
    // The web app routes on the client: every other page gets its shell.
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });

  return app;
}
