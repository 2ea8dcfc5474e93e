import type {
  EducationStatusInput,
  KppkSupportInput,
  LivelihoodInput,
  PmpkConclusionInput,
} from '@birge/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRepository } from './repository-context.js';

/** Education and livelihood records of a person, and members' "in no education" (issue 6). */
export const educationKeys = {
  education: (personId: string) => ['education', personId] as const,
  livelihood: (personId: string) => ['livelihood', personId] as const,
  members: (householdId: string) => ['education-members', householdId] as const,
};

export function useEducation(personId: string) {
  const repository = useRepository();
  return useQuery({
    queryKey: educationKeys.education(personId),
    queryFn: () => repository.getEducation(personId),
    retry: false,
  });
}

export function useLivelihood(personId: string, enabled = true) {
  const repository = useRepository();
  return useQuery({
    queryKey: educationKeys.livelihood(personId),
    queryFn: () => repository.getLivelihood(personId),
    retry: false,
    enabled,
  });
}

/** Members with `inNoEducation` from the server (a device's household page lacks it). */
export function useMembersEducation(householdId: string, enabled: boolean) {
  const repository = useRepository();
  return useQuery({
    queryKey: educationKeys.members(householdId),
    queryFn: () => repository.educationOfMembers(householdId),
    retry: false,
    enabled: enabled && householdId !== '',
  });
}

type EducationWrite =
  | { kind: 'status'; input: EducationStatusInput }
  | { kind: 'pmpk'; input: PmpkConclusionInput }
  | { kind: 'kppk'; input: KppkSupportInput }
  | { kind: 'remove'; entryId: string };

export function useEducationWrite(personId: string, householdId: string) {
  const repository = useRepository();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (write: EducationWrite) => {
      switch (write.kind) {
        case 'status':
          return repository.addEducationStatus(personId, write.input);
        case 'pmpk':
          return repository.addPmpkConclusion(personId, write.input);
        case 'kppk':
          return repository.addKppkSupport(personId, write.input);
        case 'remove':
          return repository.removeEducationEntry(personId, write.entryId);
      }
    },
    onSuccess: (record) => {
      client.setQueryData(educationKeys.education(personId), record);
      void client.invalidateQueries({ queryKey: educationKeys.members(householdId) });
      void client.invalidateQueries({ queryKey: ['households'] });
    },
  });
}

type LivelihoodWrite = { kind: 'add'; input: LivelihoodInput } | { kind: 'remove'; entryId: string };

export function useLivelihoodWrite(personId: string) {
  const repository = useRepository();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (write: LivelihoodWrite) =>
      write.kind === 'add'
        ? repository.addLivelihood(personId, write.input)
        : repository.removeLivelihoodEntry(personId, write.entryId),
    onSuccess: (record) => client.setQueryData(educationKeys.livelihood(personId), record),
  });
}
