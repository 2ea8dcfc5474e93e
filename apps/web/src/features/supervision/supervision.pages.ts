import type { ComponentType } from 'react';

/**
 * The supervisor's screens, each loaded when first visited, reached by the router through this
 * one module (as the plans' are, decision 0013), so the first screen carries one import for all.
 */
export const supervisionPages = {
  CaseloadsPage: async () => (await import('./caseloads.page.js')).CaseloadsPage,
  WorkerCaseloadPage: async () => (await import('./worker-caseload.page.js')).WorkerCaseloadPage,
  ConflictListPage: async () => (await import('./conflict-list.page.js')).ConflictListPage,
  ConflictPage: async () => (await import('./conflict.page.js')).ConflictPage,
  DevicesPage: async () => (await import('./devices.page.js')).DevicesPage,
  OverdueTasksPage: async () => (await import('./overdue-tasks.page.js')).OverdueTasksPage,
} satisfies Record<string, () => Promise<ComponentType>>;
export type SupervisionPageName = keyof typeof supervisionPages;
