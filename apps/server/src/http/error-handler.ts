import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ProblemError, renderProblem } from './problem.js';
import { fieldProblemsFromIssue } from './zod-issues.js';

interface PgError {
  code: string;
  constraint?: string;
}

function isPgError(error: unknown): error is PgError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as PgError).code === 'string' &&
    /^[0-9A-Z]{5}$/.test((error as PgError).code)
  );
}

const FASTIFY_CODES: Record<string, ProblemError> = {
  FST_ERR_CTP_BODY_TOO_LARGE: new ProblemError(413, 'payload_too_large'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: new ProblemError(415, 'unsupported_media_type'),
  FST_ERR_CTP_INVALID_JSON_BODY: new ProblemError(400, 'malformed_json'),
  FST_ERR_CTP_EMPTY_JSON_BODY: new ProblemError(400, 'malformed_json'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: new ProblemError(400, 'malformed_json'),
};

/** Every failure becomes a problem document; only real faults are 5xx. */
export function toProblem(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext;
    const prefix = context === 'querystring' ? 'query' : context === 'params' ? 'params' : '';
    const errors = error.validation.flatMap((issue) => fieldProblemsFromIssue(issue, prefix));
    return new ProblemError(context === 'body' ? 422 : 400, 'validation_failed', { errors });
  }
  if (isPgError(error)) {
    if (error.code === '23505')
      return error.constraint === 'persons_iin_key'
        ? new ProblemError(409, 'duplicate_iin')
        : new ProblemError(409, 'duplicate_id');
    // Foreign key, bad text representation, out-of-range values: bad input that slipped past schemas.
    // 22021 and 22P05: a NUL character, which PostgreSQL text and jsonb cannot hold.
    if (
      ['23503', '22P02', '22007', '22008', '22003', '22001', '22021', '22P05'].includes(error.code)
    )
      return new ProblemError(422, 'validation_failed');
  }
  const fastifyError = error as Partial<FastifyError>;
  const known = fastifyError.code ? FASTIFY_CODES[fastifyError.code] : undefined;
  if (known) return known;
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500)
    return new ProblemError(fastifyError.statusCode, 'validation_failed');
  return new ProblemError(500, 'internal');
}

export function sendProblem(req: FastifyRequest, reply: FastifyReply, problem: ProblemError) {
  return reply
    .code(problem.status)
    .headers(problem.options.headers ?? {})
    .type('application/problem+json; charset=utf-8')
    .send(renderProblem(problem, req.t, req.url.split('?')[0]));
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, req, reply) => {
    const problem = toProblem(error);
    if (problem.status >= 500) req.log.error({ err: error }, 'request failed');
    else req.log.debug({ code: problem.code }, 'request refused');
    return sendProblem(req, reply, problem);
  });
}
