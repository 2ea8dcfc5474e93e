import {
  assessmentInputSchema,
  assessmentUpdateSchema,
  todayIso,
  type Assessment,
  type Person,
} from '@birge/domain';
import { v7 as uuidv7 } from 'uuid';
import type { AssessmentOperations } from '../data/repository.js';
import { invalid, notFound, parseWith } from './offline-errors.js';
import type { OfflineContext } from './offline-repository.js';
import { readHouseholdRecords, readRecord, writeLocal } from './local-store.js';

/** Newest first, as the server lists them: by day, then by when they were recorded. */
export function byNewest(a: Assessment, b: Assessment): number {
  return b.assessedOn.localeCompare(a.assessedOn) || b.createdAt.localeCompare(a.createdAt);
}

/**
 * Assessments answered from the device store. A write is checked and scored with the domain's
 * `evaluateAssessment` — the rules the server applies — so the worker sees the result at once,
 * offline; the server's record replaces the local one after sync.
 */
export function createOfflineAssessments(
  ctx: OfflineContext & { assessor: () => string | null },
): AssessmentOperations {
  const { store, registry, t } = ctx;
  const today = ctx.today ?? (() => todayIso());

  async function personOf(id: string): Promise<Person> {
    const record = await readRecord<Person>(store, 'person', id);
    if (!record) throw notFound(t);
    return record.data;
  }

  async function assessment(id: string): Promise<Assessment> {
    const record = await readRecord<Assessment>(store, 'assessment', id);
    if (!record) throw notFound(t);
    return { ...record.data, rev: record.rev ?? 0 };
  }

  async function evaluate(
    person: Person,
    fields: Pick<Assessment, 'instrument' | 'assessedOn' | 'answers'>,
  ) {
    const { evaluateAssessment } = await import('./assessment-rules.js');
    const result = evaluateAssessment({ ...fields, person, today: today() });
    if (!result.ok) throw invalid(t, result.issues);
    return result.value;
  }

  async function save(saved: Assessment, create: boolean, data: Record<string, unknown>) {
    await writeLocal(store, registry, {
      record: {
        entity: 'assessment',
        id: saved.id,
        householdId: saved.householdId,
        refs: [],
        data: saved,
      },
      mutation: {
        entity: 'assessment',
        id: saved.id,
        op: 'upsert',
        data,
        create,
        label: `${saved.instrument} · ${saved.assessedOn}`,
      },
    });
    ctx.onWrite();
    return assessment(saved.id);
  }

  return {
    async listAssessments(personId) {
      const person = await personOf(personId);
      const records = await readHouseholdRecords<Assessment>(
        store,
        'assessment',
        person.householdId,
      );
      return records
        .filter((r) => r.data.personId === personId)
        .map((r) => ({ ...r.data, rev: r.rev ?? 0 }))
        .sort(byNewest);
    },

    getAssessment: assessment,

    async createAssessment(input) {
      const parsed = parseWith(t, assessmentInputSchema, input);
      const person = await personOf(parsed.personId);
      const value = await evaluate(person, parsed);
      const id = parsed.id ?? uuidv7();
      const at = new Date().toISOString();
      const { id: _id, ...data } = { ...parsed, answers: value.answers };
      return save(
        {
          ...value,
          id,
          personId: person.id,
          householdId: person.householdId,
          assessedOn: parsed.assessedOn,
          note: parsed.note,
          assessedBy: ctx.assessor(),
          rev: 0,
          createdAt: at,
          updatedAt: at,
        },
        true,
        data,
      );
    },

    async updateAssessment(id, update) {
      const existing = await readRecord<Assessment>(store, 'assessment', id);
      if (!existing) throw notFound(t);
      const { rev: _rev, ...fields } = parseWith(t, assessmentUpdateSchema, update);
      const person = await personOf(existing.data.personId);
      const value = await evaluate(person, { ...fields, instrument: existing.data.instrument });
      const create = existing.rev === null;
      const changed = { ...fields, answers: value.answers };
      return save(
        { ...existing.data, ...value, ...changed, updatedAt: new Date().toISOString() },
        create,
        // A record the server has not accepted yet is sent whole, as a create.
        create
          ? { ...changed, personId: existing.data.personId, instrument: existing.data.instrument }
          : changed,
      );
    },
  };
}
