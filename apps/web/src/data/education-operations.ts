import type {
  EducationRecord,
  EducationStatusInput,
  KppkSupportInput,
  LivelihoodInput,
  LivelihoodRecord,
  PersonSummary,
  PmpkConclusionInput,
} from '@birge/domain';

/**
 * A child's education (status history, ПМПК, КППК) and an adult's livelihood (issue 6;
 * docs/decisions/0027). On a device that keeps a caseload they are answered from the device and
 * written to its outbox (offline/device-education.ts); otherwise they go to the server.
 */
export interface EducationOperations {
  getEducation: (personId: string) => Promise<EducationRecord>;
  addEducationStatus: (personId: string, input: EducationStatusInput) => Promise<EducationRecord>;
  addPmpkConclusion: (personId: string, input: PmpkConclusionInput) => Promise<EducationRecord>;
  addKppkSupport: (personId: string, input: KppkSupportInput) => Promise<EducationRecord>;
  removeEducationEntry: (personId: string, entryId: string) => Promise<EducationRecord>;
  getLivelihood: (personId: string) => Promise<LivelihoodRecord>;
  addLivelihood: (personId: string, input: LivelihoodInput) => Promise<LivelihoodRecord>;
  removeLivelihoodEntry: (personId: string, entryId: string) => Promise<LivelihoodRecord>;
  /** A household's members as the server lists them, with `inNoEducation` derived in SQL. */
  educationOfMembers: (householdId: string) => Promise<PersonSummary[]>;
}

/** Their names, for `deferred` (the compile-time check below keeps the list whole). */
export const EDUCATION_OPERATIONS = [
  'getEducation',
  'addEducationStatus',
  'addPmpkConclusion',
  'addKppkSupport',
  'removeEducationEntry',
  'getLivelihood',
  'addLivelihood',
  'removeLivelihoodEntry',
  'educationOfMembers',
] as const satisfies readonly (keyof EducationOperations)[];

type Missing = Exclude<keyof EducationOperations, (typeof EDUCATION_OPERATIONS)[number]>;
export const educationOperationsComplete: [Missing] extends [never] ? true : Missing = true;
