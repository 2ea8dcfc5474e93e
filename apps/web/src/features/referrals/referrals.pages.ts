import type { ComponentType } from 'react';

/**
 * The referral pages (the worker's form and referral page, the provider's inbox), each loaded when
 * first visited, through one small module as the plans' are (decision 0013).
 */
export const referralPages = {
  NewReferralPage: async () => (await import('./new-referral.page.js')).NewReferralPage,
  ReferralPage: async () => (await import('./referral.page.js')).ReferralPage,
  InboxPage: async () => (await import('./inbox.page.js')).InboxPage,
} satisfies Record<string, () => Promise<ComponentType>>;
export type ReferralPageName = keyof typeof referralPages;
