import type {
  EducationStatusEntry,
  KppkSupport,
  LivelihoodEntry,
  PmpkConclusion,
} from '@birge/domain';
import type { EducationRow, LivelihoodRow } from './education.repo.js';

type Details = Record<string, unknown>;
const text = (d: Details, key: string): string | null =>
  typeof d[key] === 'string' ? d[key] : null;
const list = <T>(d: Details, key: string): T[] => (Array.isArray(d[key]) ? (d[key] as T[]) : []);

const common = (row: EducationRow | LivelihoodRow) => ({
  id: row.id,
  personId: row.person_id,
  recordedBy: row.recorded_by_name,
  createdAt: row.created_at.toISOString(),
});

export function toStatusEntry(row: EducationRow): EducationStatusEntry {
  const d = row.details;
  return {
    ...common(row),
    status: row.status ?? 'none',
    from: row.on_date,
    institution: text(d, 'institution'),
    grade: text(d, 'grade'),
    note: text(d, 'note'),
  };
}

export function toPmpk(row: EducationRow): PmpkConclusion {
  const d = row.details;
  return {
    ...common(row),
    concludedOn: row.on_date,
    specialNeeds: d.specialNeeds === true,
    needsDescription: text(d, 'needsDescription'),
    conditions: list(d, 'conditions'),
    note: text(d, 'note'),
  };
}

export function toKppk(row: EducationRow): KppkSupport {
  const d = row.details;
  return {
    ...common(row),
    kind: (text(d, 'kind') ?? 'other') as KppkSupport['kind'],
    from: row.on_date,
    to: text(d, 'to'),
    provider: text(d, 'provider'),
    note: text(d, 'note'),
  };
}

export function toLivelihood(row: LivelihoodRow): LivelihoodEntry {
  const d = row.details;
  return {
    ...common(row),
    recordedOn: row.recorded_on,
    workStatus: row.work_status,
    occupation: text(d, 'occupation'),
    training: (text(d, 'training') ?? 'none') as LivelihoodEntry['training'],
    trainingName: text(d, 'trainingName'),
    incomeSources: list(d, 'incomeSources'),
    benefits: list(d, 'benefits'),
    selfHelpGroup: d.selfHelpGroup === true,
    selfHelpGroupName: text(d, 'selfHelpGroupName'),
    note: text(d, 'note'),
  };
}
