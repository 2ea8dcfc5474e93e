import { invalid, ProblemError } from '../../http/problem.js';

/**
 * A pushed write refused with a 404 that names the record the device cannot see (an activity,
 * a plan, a member) comes back as that field's validation error, not as `id` not found: the
 * device shows the problem on the field that holds the unknown reference.
 */
export function asFieldError(error: unknown): never {
  if (error instanceof ProblemError && error.code === 'not_found' && error.options.errors?.length)
    throw invalid(error.options.errors);
  throw error;
}
