import { z } from 'zod';

/**
 * Family invitations (issue 5, docs/decisions/0022): a worker gives a family member a short code
 * to read out or write down; the member signs in with it once. The alphabet leaves out letters
 * and digits that are easily confused when read aloud or handwritten (0 O, 1 I L); 8 of its 31
 * characters are about 40 bits, and redemption is throttled like sign-in.
 */
export const INVITATION_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const INVITATION_CODE_LENGTH = 8;
export const INVITATION_VALID_DAYS = 7;

/**
 * The code as typed, in canonical form: upper case, without spaces or hyphens; null when it
 * cannot be a code (wrong length or a character outside the alphabet).
 */
export function normalizeInvitationCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== INVITATION_CODE_LENGTH) return null;
  return [...code].every((c) => INVITATION_CODE_ALPHABET.includes(c)) ? code : null;
}

/** The code as shown to people: two groups of four, "ABCD-EFGH". */
export function formatInvitationCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** `POST /households/{id}/invitations`: the member of the household who will sign in. */
export const invitationInputSchema = z.strictObject({ personId: z.uuid() });
export type InvitationInput = z.infer<typeof invitationInputSchema>;

export const invitationSchema = z.object({
  /** Shown once, here: only its hash is kept. */
  code: z.string(),
  expiresAt: z.string(),
  householdId: z.uuid(),
  personId: z.uuid(),
});
export type Invitation = z.infer<typeof invitationSchema>;

/** `POST /auth/invitation`: sign in with a code (spaces, hyphens and case do not matter). */
export const invitationRedeemSchema = z.strictObject({ code: z.string().trim().min(1).max(40) });
export type InvitationRedeem = z.infer<typeof invitationRedeemSchema>;

/**
 * `GET /auth/device-key`: the secret a family account's phone wraps its device store's key with,
 * where a worker's phone uses the password (a family account has none).
 */
export const deviceKeySchema = z.object({ key: z.string() });
export type DeviceKey = z.infer<typeof deviceKeySchema>;
