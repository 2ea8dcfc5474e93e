import type { ComponentType } from 'react';

/**
 * The service directory's pages, each loaded when first visited, reached by the router through
 * this one module (as the plans' are, decision 0013), so the first screen carries one import for
 * the four of them.
 */
export const directoryPages = {
  DirectoryPage: async () => (await import('./directory.page.js')).DirectoryPage,
  OrganizationPage: async () => (await import('./organization.page.js')).OrganizationPage,
  NewOrganizationPage: async () =>
    (await import('./organization-edit.page.js')).NewOrganizationPage,
  EditOrganizationPage: async () =>
    (await import('./organization-edit.page.js')).EditOrganizationPage,
} satisfies Record<string, () => Promise<ComponentType>>;
export type DirectoryPageName = keyof typeof directoryPages;
