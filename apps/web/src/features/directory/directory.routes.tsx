import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { RouteObject } from 'react-router';
import { loadCatalogueParts } from '../../i18n/catalogues.js';

/** Each directory page is its own chunk, loaded with the `directory` catalogue part. */
function page(load: () => Promise<ComponentType>): LazyExoticComponent<ComponentType> {
  return lazy(async () => {
    const [component] = await Promise.all([load(), loadCatalogueParts(['directory'])]);
    return { default: component };
  });
}

const DirectoryPage = page(async () => (await import('./directory.page.js')).DirectoryPage);
const OrganizationPage = page(
  async () => (await import('./organization.page.js')).OrganizationPage,
);
const NewOrganizationPage = page(
  async () => (await import('./organization-edit.page.js')).NewOrganizationPage,
);
const EditOrganizationPage = page(
  async () => (await import('./organization-edit.page.js')).EditOrganizationPage,
);

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
