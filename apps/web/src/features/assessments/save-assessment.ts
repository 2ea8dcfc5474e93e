import {
  cleanAnswers,
  type Answer,
  type AnswerContext,
  type Assessment,
  type InstrumentDefinition,
  type Translate,
} from '@birge/domain';
import type { SummaryItem } from '../../components/error-summary.component.js';
import { problemMessage } from '../../components/query-state.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { useCreateAssessment, useUpdateAssessment } from '../../data/use-assessments.js';
import { answerRowId } from './answer-text.js';
import type { SavedRef } from './draft-storage.js';

export interface SaveRequest {
  definition: InstrumentDefinition;
  context: AnswerContext;
  personId: string;
  assessedOn: string;
  answers: Readonly<Record<string, Answer>>;
  note: string;
  /** The assessment already saved from this draft, if any: then it is updated. */
  saved: SavedRef | null;
  newId: string;
}

/**
 * Saves answers through the repository: the first save creates the assessment (with the draft's
 * client id), later ones update it with its revision. Answers to questions the skip rules left
 * out are dropped first; unanswered questions make a draft, scored as missing.
 */
export function useSaveAssessment() {
  const create = useCreateAssessment();
  const update = useUpdateAssessment();
  const save = (request: SaveRequest): Promise<Assessment> => {
    const answers = cleanAnswers(request.definition, request.answers, request.context);
    const note = request.note.trim() || null;
    return request.saved
      ? update.mutateAsync({
          id: request.saved.id,
          update: { assessedOn: request.assessedOn, answers, note, rev: request.saved.rev },
        })
      : create.mutateAsync({
          id: request.newId,
          personId: request.personId,
          instrument: request.definition.id,
          assessedOn: request.assessedOn,
          answers,
          note,
        });
  };
  return { save, isPending: create.isPending || update.isPending };
}

/**
 * A refused save for the error summary: the repository's localized messages (field by field when
 * it names them; an answer's message links to its row on the review step), or one general line.
 */
export function saveProblem(error: unknown, t: Translate): SummaryItem[] {
  if (isRepositoryError(error) && error.fieldErrors.length > 0)
    return error.fieldErrors.map((f) => ({
      message: f.message,
      fieldId: f.path.startsWith('answers.')
        ? answerRowId(f.path.slice('answers.'.length))
        : undefined,
    }));
  return [{ message: problemMessage(error, t) }];
}

/** Whether a refusal says the person has no valid consent to be assessed (offer to record one). */
export function needsConsent(error: unknown): boolean {
  return (
    isRepositoryError(error) &&
    error.fieldErrors.some((f) => f.code === 'assessment.consent_required')
  );
}
