import type { Translate } from '@birge/domain';
import { problemMessage } from '../../components/query-state.component.js';
import { isRepositoryError } from '../../data/repository-error.js';

/** A refusal in words: each field's localized message (the domain's rule), or one general line. */
export function problemLines(error: unknown, t: Translate): string[] {
  if (isRepositoryError(error) && error.fieldErrors.length > 0)
    return [...new Set(error.fieldErrors.map((f) => f.message))];
  return [problemMessage(error, t)];
}
