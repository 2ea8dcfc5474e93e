import {
  EDUCATION_SYNC_ENTITY,
  LIVELIHOOD_SYNC_ENTITY,
  educationSyncCreateSchema,
  livelihoodSyncCreateSchema,
  type EducationSyncCreateValue,
  type EducationSyncRecord,
  type LivelihoodSyncCreateValue,
  type LivelihoodSyncRecord,
} from '@birge/domain';
import { invalid, ProblemError } from '../../http/problem.js';
import type { AuditLog } from '../audit/audit.service.js';
import { createLivelihoodService } from '../livelihood/livelihood.service.js';
import { statusOf } from '../registry/consent-visibility.js';
import {
  locateInHousehold,
  revisionOf,
  type PullContext,
  type PulledEntity,
  type PushContext,
  type PushedEntity,
  type WireRecord,
} from '../sync/sync.entities.js';
import { toKppk, toLivelihood, toPmpk, toStatusEntry } from './education.mapper.js';
import {
  educationByIds,
  livelihoodByIds,
  personOfEntry,
  type EducationRow,
  type LivelihoodRow,
} from './education.repo.js';
import { createEducationService } from './education.service.js';

const rejectUpdate = () => Promise.reject(invalid([{ path: '', code: 'sync.bad_mutation' }]));

/** The person, not the entry, is what the device cannot find (out of sight or removed). */
function personNotFound(error: unknown): never {
  if (error instanceof ProblemError && error.code === 'not_found')
    throw invalid([{ path: 'personId', code: 'sync.not_found' }]);
  throw error;
}

type PullRow = {
  id: string;
  rev: number;
  deleted_at: Date | null;
  person_deleted_at: Date | null;
  household_deleted_at: Date | null;
  birth_date: string;
  consents: Parameters<typeof statusOf>[0];
};

/**
 * Rows as a pull sends them: live entries of live people whose consent to registration is valid
 * (as GET shows them); the rest as tombstones. No history limit: the status in force and the
 * current livelihood may be years old, and the summary needs them.
 */
function present<R extends PullRow>(
  ctx: PullContext,
  rows: R[],
  data: (row: R) => Record<string, unknown>,
): Map<string, WireRecord> {
  const records = new Map<string, WireRecord>();
  for (const row of rows) {
    const kept =
      row.deleted_at === null &&
      row.person_deleted_at === null &&
      row.household_deleted_at === null &&
      statusOf(row.consents, row.birth_date, ctx.today) === 'valid';
    records.set(
      row.id,
      kept
        ? { rev: row.rev, deleted: false, data: data(row) }
        : { rev: row.rev, deleted: true, data: null },
    );
  }
  return records;
}

export function toEducationSyncRecord(row: EducationRow): EducationSyncRecord {
  const householdId = row.household_id;
  if (row.kind === 'status') return { entry: 'status', householdId, ...toStatusEntry(row) };
  if (row.kind === 'pmpk') return { entry: 'pmpk', householdId, ...toPmpk(row) };
  return { entry: 'kppk', householdId, ...toKppk(row) };
}

export const toLivelihoodSyncRecord = (row: LivelihoodRow): LivelihoodSyncRecord => ({
  householdId: row.household_id,
  ...toLivelihood(row),
});

/**
 * Education entries (`education_record`) and livelihood records (`livelihood_record`) on devices
 * (docs/sync-protocol.md, decision 0027): part of the caseload, pulled whole; a device creates
 * them with the fields of the HTTP POSTs and removes a mistaken one with a tombstone. Every write
 * goes through the services, so a device meets the HTTP API's rules: dates, consent, scope.
 * Entries are never edited, so writes are not versioned and an upsert of a known id is refused.
 */
export function educationSyncEntities(audit: AuditLog): {
  pulled: PulledEntity[];
  pushed: PushedEntity[];
} {
  const education = (ctx: PushContext) => createEducationService(ctx.trx, audit);
  const livelihood = (ctx: PushContext) => createLivelihoodService(ctx.trx, audit);

  const pulled: PulledEntity[] = [
    {
      name: EDUCATION_SYNC_ENTITY,
      table: 'education_records',
      householdColumn: 'household_id',
      present: async (ctx, ids) =>
        present(ctx, await educationByIds(ctx.trx, ids), toEducationSyncRecord),
    },
    {
      name: LIVELIHOOD_SYNC_ENTITY,
      table: 'livelihood_records',
      householdColumn: 'household_id',
      present: async (ctx, ids) =>
        present(ctx, await livelihoodByIds(ctx.trx, ids), toLivelihoodSyncRecord),
    },
  ];

  const pushedEducation: PushedEntity = {
    name: EDUCATION_SYNC_ENTITY,
    versioned: false,
    locate: (ctx, id) => locateInHousehold(ctx, 'education_records', id),
    parseCreate: (data, id) => educationSyncCreateSchema.parse({ ...data, id }),
    parseUpdate: (data) => data,
    async create(ctx, _id, input) {
      const { entry, personId, ...fields } = input as EducationSyncCreateValue;
      const service = education(ctx);
      try {
        if (entry === 'status')
          await service.addStatus(
            ctx.meta,
            personId,
            fields as Parameters<typeof service.addStatus>[2],
          );
        else if (entry === 'pmpk')
          await service.addPmpk(
            ctx.meta,
            personId,
            fields as Parameters<typeof service.addPmpk>[2],
          );
        else
          await service.addKppk(
            ctx.meta,
            personId,
            fields as Parameters<typeof service.addKppk>[2],
          );
      } catch (error) {
        personNotFound(error);
      }
      return 1;
    },
    update: rejectUpdate,
    async remove(ctx, id) {
      const personId = await personOfEntry(ctx.trx, 'education_records', id);
      if (!personId) throw invalid([{ path: 'id', code: 'sync.not_found' }]);
      await education(ctx).remove(ctx.meta, personId, id);
      return revisionOf(ctx.trx, 'education_records', id);
    },
  };

  const pushedLivelihood: PushedEntity = {
    name: LIVELIHOOD_SYNC_ENTITY,
    versioned: false,
    locate: (ctx, id) => locateInHousehold(ctx, 'livelihood_records', id),
    parseCreate: (data, id) => livelihoodSyncCreateSchema.parse({ ...data, id }),
    parseUpdate: (data) => data,
    async create(ctx, _id, input) {
      const { personId, ...fields } = input as LivelihoodSyncCreateValue;
      try {
        await livelihood(ctx).add(ctx.meta, personId, fields);
      } catch (error) {
        personNotFound(error);
      }
      return 1;
    },
    update: rejectUpdate,
    async remove(ctx, id) {
      const personId = await personOfEntry(ctx.trx, 'livelihood_records', id);
      if (!personId) throw invalid([{ path: 'id', code: 'sync.not_found' }]);
      await livelihood(ctx).remove(ctx.meta, personId, id);
      return revisionOf(ctx.trx, 'livelihood_records', id);
    },
  };

  return { pulled, pushed: [pushedEducation, pushedLivelihood] };
}
