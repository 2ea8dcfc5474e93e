import { problemSchema } from '@birge/domain';

type Status = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429;

/** OpenAPI response entries for the problems a route can answer with. */
export function problems(...statuses: Status[]) {
  return Object.fromEntries(statuses.map((status) => [status, problemSchema])) as Record<
    Status,
    typeof problemSchema
  >;
}
