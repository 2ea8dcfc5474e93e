import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { RouteObject } from 'react-router';
import { loadCatalogueParts } from '../../i18n/catalogues.js';
import type { DirectoryPageName } from './directory.pages.js';

/**
 * Each directory page is its own chunk, loaded with the `directory` catalogue part, through one
 * small module (directory.pages.ts) so the first screen carries one import for the four.
 */
function page(name: DirectoryPageName): LazyExoticComponent<ComponentType> {
  return lazy(async () => {
    const [component] = await Promise.all([
      import('./directory.pages.js').then(({ directoryPages }) => directoryPages[name]()),
      loadCatalogueParts(['directory']),
    ]);
    return { default: component };
  });
}

const DirectoryPage = page('DirectoryPage');
const OrganizationPage = page('OrganizationPage');
const NewOrganizationPage = page('NewOrganizationPage');
const EditOrganizationPage = page('EditOrganizationPage');

/**
 * The service directory (decision 0026), for every signed-in role; writing pages check
 * `canManageOrganizations` themselves (supervisors in their places, admins):
 *   /directory                       search, filters, nearest first
 *   /directory/new                   add an organization
 *   /directory/:organizationId       one organization
 *   /directory/:organizationId/edit  change it
 */
export const directoryRoutes: RouteObject[] = [
  { path: 'directory', element: <DirectoryPage /> },
  { path: 'directory/new', element: <NewOrganizationPage /> },
  { path: 'directory/:organizationId', element: <OrganizationPage /> },
  { path: 'directory/:organizationId/edit', element: <EditOrganizationPage /> },
];
