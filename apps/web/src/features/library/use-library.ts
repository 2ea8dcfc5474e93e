import type { Activity, ActivityInput, ActivityUpdate } from '@birge/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { createLibraryRepository } from '../../data/library-repository.js';
import { queryKeys } from '../../data/query-keys.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** Query keys of the library editor; a save refreshes these and the plans' copy of the library. */
export const libraryKeys = {
  all: ['library'] as const,
  cards: ['library', 'cards'] as const,
  card: (id: string) => ['library', 'card', id] as const,
};

function useLibraryRepository() {
  const { language } = useI18n();
  return useMemo(() => createLibraryRepository({ language: () => language }), [language]);
}

export function useLibraryCards() {
  const repository = useLibraryRepository();
  return useQuery({ queryKey: libraryKeys.cards, queryFn: () => repository.listCards() });
}

export function useLibraryCard(id: string) {
  const repository = useLibraryRepository();
  return useQuery({
    queryKey: libraryKeys.card(id),
    queryFn: () => repository.getCard(id),
    // The form starts from what the server has now; a refetch in the background would not
    // change the form anyway (the editor keeps its own draft).
    refetchOnWindowFocus: false,
  });
}

function useAfterSave() {
  const client = useQueryClient();
  return (card: Activity) => {
    client.setQueryData(libraryKeys.card(card.id), card);
    void client.invalidateQueries({ queryKey: libraryKeys.cards });
    void client.invalidateQueries({ queryKey: queryKeys.activities });
  };
}

export function useCreateCard() {
  const repository = useLibraryRepository();
  const saved = useAfterSave();
  return useMutation({
    mutationFn: (input: ActivityInput) => repository.createCard(input),
    onSuccess: saved,
  });
}

export function useUpdateCard(id: string) {
  const repository = useLibraryRepository();
  const saved = useAfterSave();
  return useMutation({
    mutationFn: (update: ActivityUpdate) => repository.updateCard(id, update),
    onSuccess: saved,
  });
}
