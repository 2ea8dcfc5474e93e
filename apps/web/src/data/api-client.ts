import type { Language } from '@birge/domain';
import { RepositoryError } from './repository-error.js';

/** How every HTTP repository reaches the Birge API: same origin, problem+json errors. */
export interface ApiClientOptions {
  /** Where the API lives; same origin, so the session cookie goes along. */
  baseUrl?: string;
  /** The interface language, sent as Accept-Language so problems come back in it. */
  language: () => Language;
  fetch?: typeof fetch;
}

export interface ApiRequest<T> {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  parse: (body: unknown) => T | Promise<T>;
  cache?: RequestCache;
}

export type ApiRequester = <T>(path: string, request: ApiRequest<T>) => Promise<T>;

/**
 * A request function over the API. Failures are `RepositoryError`s: `network` when no answer came
 * (or it broke off mid-body, so the same request may simply be sent again), the server's problem
 * document otherwise, `internal` when an answer is not what the API promises.
 */
export function createApiClient(options: ApiClientOptions): ApiRequester {
  const base = options.baseUrl ?? '/api/v1';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  return async function request<T>(
    path: string,
    { method = 'GET', body, parse, cache }: ApiRequest<T>,
  ): Promise<T> {
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': options.language(),
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    let text: string;
    try {
      response = await doFetch(`${base}${path}`, {
        method,
        headers,
        credentials: 'same-origin',
        ...(cache ? { cache } : {}),
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      text = await response.text();
    } catch (cause) {
      throw RepositoryError.network(cause);
    }
    let json: unknown = null;
    if (text) {
      try {
        json = JSON.parse(text) as unknown;
      } catch {
        // A connection dropped mid-answer reads as a network failure: the same request goes again.
        if (response.ok) throw RepositoryError.network();
      }
    }
    if (!response.ok) throw RepositoryError.fromBody(response.status, json, response.statusText);
    try {
      return await parse(json);
    } catch (cause) {
      console.error('Unexpected response from', path, cause);
      throw new RepositoryError({ status: response.status, code: 'internal', title: 'internal' });
    }
  };
}

/** A query string from the parameters that have a value (`?a=1&b=x`, or nothing). */
export function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}
