import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { useMe } from '../../data/use-session.js';
import { loadCatalogueParts, type CataloguePart } from '../../i18n/catalogues.js';
import { NoAccessPage } from '../system/no-access.page.js';
import { supervisionAccess } from './supervision-access.js';
import type { SupervisionPageName } from './supervision.pages.js';

/**
 * Each screen is its own chunk, loaded with the Kazakh catalogue's parts it needs (supervision),
 * through one small module (supervision.pages.ts).
 */
function page(
  name: SupervisionPageName,
  parts: readonly CataloguePart[] = ['supervision'],
): LazyExoticComponent<ComponentType> {
  return lazy(async () => {
    const [component] = await Promise.all([
      import('./supervision.pages.js').then(({ supervisionPages }) => supervisionPages[name]()),
      loadCatalogueParts(parts),
    ]);
    return { default: component };
  });
}

const CaseloadsPage = page('CaseloadsPage');
const WorkerCaseloadPage = page('WorkerCaseloadPage');
const ConflictListPage = page('ConflictListPage');
const ConflictPage = page('ConflictPage');
const DevicesPage = page('DevicesPage');
// The task kinds' names are in the follow-up texts of the `plans` part.
const OverdueTasksPage = page('OverdueTasksPage', ['supervision', 'plans']);

/** Supervisors and managers (read-only) only; others get the friendly explanation. */
function RequireSupervision({ children }: { children: ReactNode }) {
  const me = useMe();
  return supervisionAccess(me).view ? children : <NoAccessPage />;
}

function guarded(path: string, Page: ComponentType): RouteObject {
  return {
    path,
    element: (
      <RequireSupervision>
        <Page />
      </RequireSupervision>
    ),
  };
}

/**
 * Supervisor screens (caseloads, sync conflicts, sync monitor, overdue tasks), mounted inside the session guard:
 *   /caseloads                 workers of the supervisor's places with their household counts
 *   /caseloads/:userId         one worker's households; assign, reassign, unassign
 *   /sync/conflicts            open and resolved conflicts
 *   /sync/conflicts/:id        one conflict, field by field, and its resolution
 *   /sync/devices              the sync monitor, devices in trouble first
 *   /tasks/overdue             overdue follow-up tasks per worker, the most overdue first
 */
export const supervisionRoutes: RouteObject[] = [
  guarded('caseloads', CaseloadsPage),
  guarded('caseloads/:userId', WorkerCaseloadPage),
  guarded('sync/conflicts', ConflictListPage),
  guarded('sync/conflicts/:conflictId', ConflictPage),
  guarded('sync/devices', DevicesPage),
  guarded('tasks/overdue', OverdueTasksPage),
];
