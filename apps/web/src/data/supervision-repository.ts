import {
  assignmentSchema,
  caseloadWorkerSchema,
  conflictPageSchema,
  conflictSchema,
  householdPageSchema,
  overdueSummarySchema,
  syncDeviceSchema,
  type Assignment,
  type CaseloadWorker,
  type Conflict,
  type ConflictPage,
  type ConflictResolution,
  type HouseholdPage,
  type OverdueSummary,
  type SyncDevice,
} from '@birge/domain';
import { createApiClient, query, type ApiClientOptions } from './api-client.js';

/**
 * The supervisor's side of offline sync over HTTP: caseloads, assignments, conflicts, the
 * device monitor and overdue tasks per worker. Online only (a supervisor decides with the server's current data), so it has no
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
  /** Overdue follow-up tasks per worker of the reader's places. */
  overdueTasks: () => Promise<OverdueSummary>;
}

export type SupervisionRepositoryOptions = ApiClientOptions;

const workersSchema = caseloadWorkerSchema.array();
const devicesSchema = syncDeviceSchema.array();

const id = encodeURIComponent;

export function createSupervisionRepository(
  options: SupervisionRepositoryOptions,
): SupervisionRepository {
  const call = createApiClient(options);
  const request = <T>(
    path: string,
    parse: (body: unknown) => T,
    init: { method?: 'GET' | 'PUT' | 'POST' | 'DELETE'; body?: unknown } = {},
  ) => call(path, { ...init, parse });

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
    overdueTasks: () => request('/tasks/overdue', (b) => overdueSummarySchema.parse(b)),
  };
}
