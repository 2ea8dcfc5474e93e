import type { ComponentType } from 'react';

/**
 * The activity library editor's pages and the user's own page, each loaded when first visited,
 * reached by the router through this one module (as the plans' are, decision 0013), so the first
 * screen carries one import for the four of them.
 */
export const libraryPages = {
  LibraryPage: async () => (await import('./library.page.js')).LibraryPage,
  CardPage: async () => (await import('./card.page.js')).CardPage,
  NewCardPage: async () => (await import('./card.page.js')).NewCardPage,
  ProfilePage: async () => (await import('../account/profile.page.js')).ProfilePage,
} satisfies Record<string, () => Promise<ComponentType>>;
export type LibraryPageName = keyof typeof libraryPages;
