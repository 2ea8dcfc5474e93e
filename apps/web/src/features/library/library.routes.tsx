import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { canEditActivities } from '@birge/domain';
import { useMe } from '../../data/use-session.js';
import { loadCatalogueParts } from '../../i18n/catalogues.js';
import { NoAccessPage } from '../system/no-access.page.js';

/** Each screen is its own chunk, with the library's words and the plans' (areas, CBR matrix). */
function page(load: () => Promise<ComponentType>): LazyExoticComponent<ComponentType> {
  return lazy(async () => {
    const [component] = await Promise.all([load(), loadCatalogueParts(['plans', 'library'])]);
    return { default: component };
  });
}

const LibraryPage = page(async () => (await import('./library.page.js')).LibraryPage);
const CardPage = page(async () => (await import('./card.page.js')).CardPage);
const NewCardPage = page(async () => (await import('./card.page.js')).NewCardPage);

/** Administrators only (the server's rule, decision 0021); others get the friendly explanation. */
function RequireLibraryEditor({ children }: { children: ReactNode }) {
  const me = useMe();
  const actor = {
    userId: me.id,
    role: me.role,
    scopes: me.scopes.map((s) => s.code),
    householdId: me.householdId,
    organizationId: me.organizationId,
  };
  return canEditActivities(actor) ? children : <NoAccessPage />;
}

function guarded(path: string, Page: ComponentType): RouteObject {
  return {
    path,
    element: (
      <RequireLibraryEditor>
        <Page />
      </RequireLibraryEditor>
    ),
  };
}

/**
 * The activity library editor (decision 0025), inside the session guard:
 *   /admin/activities              every card, searched by title, filtered by area
 *   /admin/activities/new          add a card
 *   /admin/activities/:activityId  change a card
 */
export const libraryRoutes: RouteObject[] = [
  guarded('admin/activities', LibraryPage),
  guarded('admin/activities/new', NewCardPage),
  guarded('admin/activities/:activityId', CardPage),
];
