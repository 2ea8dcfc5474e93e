import type { AssessmentInput, AssessmentUpdate } from '@birge/domain';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from './query-keys.js';
import { useRepository } from './repository-context.js';

/** A person's assessments, newest first. */
export function usePersonAssessments(personId: string) {
  const repository = useRepository();
  return useQuery({
    queryKey: queryKeys.personAssessments(personId),
    queryFn: () => repository.listAssessments(personId),
    enabled: personId !== '',
  });
}

export function useAssessment(id: string) {
  const repository = useRepository();
  return useQuery({
    queryKey: queryKeys.assessment(id),
    queryFn: () => repository.getAssessment(id),
    enabled: id !== '',
  });
}

/** Several people at once (a household's members), for the screening flow. */
export function usePeople(ids: readonly string[]) {
  const repository = useRepository();
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: queryKeys.person(id),
      queryFn: () => repository.getPerson(id),
    })),
  });
}

/** A saved assessment changes its person's list and its own page. */
function useInvalidateAssessments() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: queryKeys.assessments });
}

export function useCreateAssessment() {
  const repository = useRepository();
  const invalidate = useInvalidateAssessments();
  return useMutation({
    mutationFn: (input: AssessmentInput) => repository.createAssessment(input),
    onSuccess: invalidate,
  });
}

export function useUpdateAssessment() {
  const repository = useRepository();
  const invalidate = useInvalidateAssessments();
  return useMutation({
    mutationFn: ({ id, update }: { id: string; update: AssessmentUpdate }) =>
      repository.updateAssessment(id, update),
    onSuccess: invalidate,
  });
}
