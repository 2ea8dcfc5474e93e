import {
  assessmentInputSchema,
  assessmentUpdateSchema,
  type AssessmentInput,
  todayIso,
  type AssessmentUpdate,
} from '@birge/domain';
import type { AuditLog } from '../audit/audit.service.js';
import {
  locateInHousehold,
  type PulledEntity,
  type PushContext,
  type PushedEntity,
  type WireRecord,
} from '../sync/sync.entities.js';
import { invalid, ProblemError } from '../../http/problem.js';
import { mayShowAssessments, toAssessment } from './assessments.mapper.js';
import { assessmentsByIds, findAssessment } from './assessments.repo.js';
import { createAssessmentsService } from './assessments.service.js';

const assessmentFieldsSchema = assessmentUpdateSchema.omit({ rev: true });
type AssessmentFields = Omit<AssessmentUpdate, 'rev'>;

/**
 * Assessments on devices (docs/sync-protocol.md): pulled as `GET /assessments/{id}` shows them,
 * while the person's consent to assessment is valid and within the device's history limit;
 * created with the fields of `POST /assessments`, corrected with those of `PUT` without `rev`.
 * Every write goes through the service, so a device meets exactly the rules of the REST API.
 */
export function assessmentSyncEntities(audit: AuditLog): {
  pulled: PulledEntity;
  pushed: PushedEntity;
} {
  const service = (ctx: PushContext) => createAssessmentsService(ctx.trx, audit);

  const pulled: PulledEntity = {
    name: 'assessment',
    table: 'assessments',
    householdColumn: 'household_id',
    async present(ctx, ids) {
      const rows = await assessmentsByIds(ctx.trx, ids);
      const records = new Map<string, WireRecord>();
      for (const row of rows) {
        const kept =
          row.deleted_at === null &&
          row.person_deleted_at === null &&
          row.assessed_on >= ctx.historyBefore &&
          mayShowAssessments(row, ctx.today);
        records.set(
          row.id,
          kept
            ? { rev: row.rev, deleted: false, data: toAssessment(row) }
            : { rev: row.rev, deleted: true, data: null },
        );
      }
      return records;
    },
  };

  const pushed: PushedEntity = {
    name: 'assessment',
    versioned: true,
    locate: (ctx, id) => locateInHousehold(ctx, 'assessments', id),
    parseCreate: (data, id) => assessmentInputSchema.parse({ ...data, id }),
    parseUpdate: (data) => assessmentFieldsSchema.parse(data),
    async create(ctx, _id, input) {
      try {
        return (await service(ctx).create(ctx.meta, input as AssessmentInput)).rev;
      } catch (error) {
        // The person, not the assessment, is what the device cannot find.
        if (error instanceof ProblemError && error.code === 'not_found')
          throw invalid([{ path: 'personId', code: 'assessment.person_not_found' }]);
        throw error;
      }
    },
    async update(ctx, id, input, baseRev) {
      const fields = input as AssessmentFields;
      return (await service(ctx).update(ctx.meta, id, { ...fields, rev: baseRev })).rev;
    },
    async current(ctx, id) {
      const row = await findAssessment(ctx.trx, ctx.actor, id);
      if (!row || !mayShowAssessments(row, todayIso())) return null;
      const a = toAssessment(row);
      return {
        fields: { assessedOn: a.assessedOn, answers: a.answers, note: a.note },
        label: `${a.instrument} · ${a.assessedOn}`,
      };
    },
  };
  return { pulled, pushed };
}
