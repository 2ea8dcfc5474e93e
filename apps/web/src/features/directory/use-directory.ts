import type { OrganizationInput, OrganizationUpdate } from '@birge/domain';
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n-context.js';
import { createDirectoryRepository, type DirectoryFilter } from './directory-repository.js';

export const directoryKeys = {
  all: ['organizations'] as const,
  list: (filter: DirectoryFilter) => ['organizations', 'list', filter] as const,
  one: (id: string) => ['organizations', 'one', id] as const,
  places: (text: string) => ['organizations', 'places', text] as const,
};

const PAGE_SIZE = 20;
export const MIN_PLACE_QUERY = 2;

function useDirectoryRepository() {
  const { language } = useI18n();
  return useMemo(() => createDirectoryRepository({ language: () => language }), [language]);
}

export function useOrganizations(filter: DirectoryFilter) {
  const repository = useDirectoryRepository();
  return useInfiniteQuery({
    queryKey: directoryKeys.list(filter),
    queryFn: ({ pageParam }) => repository.list(filter, { cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useOrganization(id: string) {
  const repository = useDirectoryRepository();
  return useQuery({ queryKey: directoryKeys.one(id), queryFn: () => repository.get(id) });
}

export function useDirectoryPlaces(text: string) {
  const repository = useDirectoryRepository();
  const trimmed = text.trim();
  return useQuery({
    queryKey: directoryKeys.places(trimmed),
    queryFn: () => repository.searchPlaces(trimmed),
    enabled: trimmed.length >= MIN_PLACE_QUERY,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}

export function useCreateOrganization() {
  const repository = useDirectoryRepository();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: OrganizationInput) => repository.create(input),
    onSuccess: () => client.invalidateQueries({ queryKey: directoryKeys.all }),
  });
}

export function useUpdateOrganization(id: string) {
  const repository = useDirectoryRepository();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: OrganizationUpdate) => repository.update(id, input),
    onSuccess: () => client.invalidateQueries({ queryKey: directoryKeys.all }),
  });
}

export function useRemoveOrganization(id: string) {
  const repository = useDirectoryRepository();
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => repository.remove(id),
    onSuccess: () => client.invalidateQueries({ queryKey: directoryKeys.all }),
  });
}
