import type { ComponentType } from 'react';

/**
 * The family's pages and the invitation page (decision 0024), each loaded when first visited.
 * The router reaches them through this one module, as it does the plans' pages, so the first
 * screen carries one import and a short preload list for them (decision 0013).
 */
export const familyPages = {
  InvitationPage: async () => (await import('./invitation.page.js')).InvitationPage,
  FamilyLayout: async () => (await import('./family-layout.component.js')).FamilyLayout,
  FamilyTodayPage: async () => (await import('./today.page.js')).FamilyTodayPage,
  FamilyPlanPage: async () => (await import('./plan.page.js')).FamilyPlanPage,
  FamilyActivityPage: async () => (await import('./activity.page.js')).FamilyActivityPage,
} satisfies Record<string, () => Promise<ComponentType>>;
export type FamilyPageName = keyof typeof familyPages;
