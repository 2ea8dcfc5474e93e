import { describe, expect, it } from 'vitest';
import {
  formatInvitationCode,
  INVITATION_CODE_ALPHABET,
  normalizeInvitationCode,
} from './invitation.schema.js';

describe('invitation codes', () => {
  it('leaves out characters that are confused when read aloud or handwritten', () => {
    for (const c of '01ILO') expect(INVITATION_CODE_ALPHABET).not.toContain(c);
    expect(new Set(INVITATION_CODE_ALPHABET).size).toBe(31);
  });

  it('accepts a code typed in lower case, with spaces or a hyphen', () => {
    expect(normalizeInvitationCode('abcd-efgh')).toBe('ABCDEFGH');
    expect(normalizeInvitationCode(' ab cd ef gh ')).toBe('ABCDEFGH');
    expect(formatInvitationCode('ABCDEFGH')).toBe('ABCD-EFGH');
  });

  it('refuses a wrong length or a character outside the alphabet', () => {
    expect(normalizeInvitationCode('ABCD-EFG')).toBeNull();
    expect(normalizeInvitationCode('ABCD-EFGHJ')).toBeNull();
    expect(normalizeInvitationCode('ABCD-EFG0')).toBeNull();
    expect(normalizeInvitationCode('ӘБВГ-ДЕЖЗ')).toBeNull();
  });
});
