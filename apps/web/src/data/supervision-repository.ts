import {
  assignmentSchema,
  caseloadWorkerSchema,
  conflictPageSchema,
  conflictSchema,
  householdPageSchema,
  syncDeviceSchema,
  type Assignment,
  type CaseloadWorker,
  type Conflict,
  type ConflictPage,
  type ConflictResolution,
  type HouseholdPage,
  type Language,
  type SyncDevice,
} from '@birge/domain';
import { RepositoryError } from './repository-error.js';

/**
 * The supervisor's side of offline sync over HTTP: caseloads, assignments, conflicts and the
 * device monitor. Online only (a supervisor decides with the server's current data), so it has no
 * offline twin. Failures are `RepositoryError`s, built by the same problem+json reading as the
 * registry repository.
 */
export interface SupervisionRepository {
  listCaseloads: () => Promise<CaseloadWorker[]>;
  caseloadHouseholds: (
    userId: string,
    page: { cursor?: string | null; limit?: number },
  ) => Promise<HouseholdPage>;
  getAssignment: (householdId: string) => Promise<Assignment>;
  assign: (householdId: string, workerId: string) => Promise<Assignment>;
  unassign: (householdId: string) => Promise<void>;
  listConflicts: (page: {
    status: 'open' | 'resolved';
    cursor?: string | null;
    limit?: number;
  }) => Promise<ConflictPage>;
  getConflict: (id: string) => Promise<Conflict>;
  resolveConflict: (id: string, resolution: ConflictResolution) => Promise<Conflict>;
  listDevices: () => Promise<SyncDevice[]>;
}

export interface SupervisionRepositoryOptions {
  baseUrl?: string;
  language: () => Language;
  fetch?: typeof fetch;
}

const workersSchema = caseloadWorkerSchema.array();
const devicesSchema = syncDeviceSchema.array();

function query(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

const id = encodeURIComponent;

export function createSupervisionRepository(
  options: SupervisionRepositoryOptions,
): SupervisionRepository {
  const base = options.baseUrl ?? '/api/v1';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function request<T>(
    path: string,
    parse: (body: unknown) => T,
    init: { method?: 'GET' | 'PUT' | 'POST' | 'DELETE'; body?: unknown } = {},
  ): Promise<T> {
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      'Accept-Language': options.language(),
    };
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    let response: Response;
    try {
      response = await doFetch(`${base}${path}`, {
        method: init.method ?? 'GET',
        headers,
        credentials: 'same-origin',
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
      });
    } catch (cause) {
      throw RepositoryError.network(cause);
    }
    const text = await response.text().catch(() => '');
    let json: unknown = null;
    try {
      json = text ? (JSON.parse(text) as unknown) : null;
    } catch {
      json = null;
    }
    if (!response.ok) throw RepositoryError.fromBody(response.status, json, response.statusText);
    try {
      return parse(json);
    } catch (cause) {
      console.error('Unexpected response from', path, cause);
      throw new RepositoryError({ status: response.status, code: 'internal', title: 'internal' });
    }
  }

  return {
    listCaseloads: () => request('/caseloads', (b) => workersSchema.parse(b)),
    caseloadHouseholds: (userId, { cursor, limit }) =>
      request(`/caseloads/${id(userId)}/households${query({ cursor, limit })}`, (b) =>
        householdPageSchema.parse(b),
      ),
    getAssignment: (householdId) =>
      request(`/households/${id(householdId)}/assignment`, (b) => assignmentSchema.parse(b)),
    assign: (householdId, workerId) =>
      request(`/households/${id(householdId)}/assignment`, (b) => assignmentSchema.parse(b), {
        method: 'PUT',
        body: { workerId },
      }),
    unassign: (householdId) =>
      request(`/households/${id(householdId)}/assignment`, () => undefined, { method: 'DELETE' }),
    listConflicts: ({ status, cursor, limit }) =>
      request(`/sync/conflicts${query({ status, cursor, limit })}`, (b) =>
        conflictPageSchema.parse(b),
      ),
    getConflict: (conflictId) =>
      request(`/sync/conflicts/${id(conflictId)}`, (b) => conflictSchema.parse(b)),
    resolveConflict: (conflictId, resolution) =>
      request(`/sync/conflicts/${id(conflictId)}/resolve`, (b) => conflictSchema.parse(b), {
        method: 'POST',
        body: resolution,
      }),
    listDevices: () => request('/sync/devices', (b) => devicesSchema.parse(b)),
  };
}
