import { isMessageKey, type Translate } from '@birge/domain';
import type { z } from 'zod';
import { RepositoryError } from '../data/repository-error.js';

/** Errors the device store answers with, shaped as the server's problems so screens show them alike. */

export function invalid(t: Translate, issues: { path: string; code: string }[]): RepositoryError {
  return new RepositoryError({
    status: 422,
    code: 'validation_failed',
    title: t('problem.validation_failed'),
    fieldErrors: issues.map(({ path, code }) => {
      const key = isMessageKey(code) ? code : 'validation.invalid_value';
      return { path, code: key, message: t(key) };
    }),
  });
}

/** The input as the schema parses it, or a 422 with every field's problem. */
export function parseWith<S extends z.ZodType>(
  t: Translate,
  schema: S,
  input: unknown,
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw invalid(
    t,
    result.error.issues.map((issue) => ({ path: issue.path.join('.'), code: issue.message })),
  );
}

export const notFound = (t: Translate) =>
  new RepositoryError({ status: 404, code: 'not_found', title: t('problem.not_found') });
