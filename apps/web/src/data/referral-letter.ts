// Apart from referral-operations.ts (which the first screen carries for `deferred`), so the
// referral page does not share a chunk of its own with the first screen (decision 0013).

/** Where the browser opens the printable letter, in the interface language. */
export function referralLetterUrl(id: string, language: string): string {
  return `/api/v1/referrals/${encodeURIComponent(id)}/letter.pdf?lang=${language}`;
}
