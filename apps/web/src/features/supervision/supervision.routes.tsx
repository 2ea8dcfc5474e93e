import type { RouteObject } from 'react-router';

/** Supervisor screens (caseloads, sync conflicts, sync monitor), mounted inside the session guard. */
export const supervisionRoutes: RouteObject[] = [];
