import {
  activityPageSchema,
  activitySchema,
  type Activity,
  type ActivityInput,
  type ActivityPage,
  type ActivityUpdate,
} from '@birge/domain';
import { createApiClient, query, type ApiClientOptions } from './api-client.js';

/**
 * The administrator's side of the activity library over HTTP (decision 0025): every card, one
 * card, a new card, a changed card. Online only — an edit is checked against the server's current
 * version (a stale one is a `stale_revision` problem), so it has no offline twin. Failures are
 * `RepositoryError`s with the server's localized problem.
 */
export interface LibraryRepository {
  listCards: () => Promise<Activity[]>;
  getCard: (id: string) => Promise<Activity>;
  createCard: (input: ActivityInput) => Promise<Activity>;
  updateCard: (id: string, update: ActivityUpdate) => Promise<Activity>;
}

const PAGE = 200;
const id = encodeURIComponent;

export function createLibraryRepository(options: ApiClientOptions): LibraryRepository {
  const call = createApiClient(options);
  const card = (b: unknown) => activitySchema.parse(b);
  return {
    async listCards() {
      const all: Activity[] = [];
      let cursor: string | null = null;
      do {
        const page: ActivityPage = await call(`/activities${query({ cursor, limit: PAGE })}`, {
          parse: (b) => activityPageSchema.parse(b),
          // An admin who just saved a card must see it, not a cached page.
          cache: 'no-store',
        });
        all.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return all;
    },
    getCard: (cardId) =>
      call(`/activities/${id(cardId)}`, { parse: card, cache: 'no-store' }),
    createCard: (input) => call('/activities', { method: 'POST', body: input, parse: card }),
    updateCard: (cardId, update) =>
      call(`/activities/${id(cardId)}`, { method: 'PUT', body: update, parse: card }),
  };
}
