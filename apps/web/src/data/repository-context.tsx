import { createContext, useContext, type ReactNode } from 'react';
import type { RegistryRepository } from './repository.js';

const RepositoryContext = createContext<RegistryRepository | null>(null);

export function RepositoryProvider({
  repository,
  children,
}: {
  repository: RegistryRepository;
  children: ReactNode;
}) {
  return <RepositoryContext value={repository}>{children}</RepositoryContext>;
}

export function useRepository(): RegistryRepository {
  const repository = useContext(RepositoryContext);
  if (!repository) throw new Error('useRepository needs a RepositoryProvider');
  return repository;
}
