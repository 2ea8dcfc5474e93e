import {
  formatInvitationCode,
  INVITATION_CODE_ALPHABET,
  INVITATION_CODE_LENGTH,
} from '@birge/domain';

/**
 * An invitation code as a family member types it from a paper or a message: on a Kazakh or
 * Russian keyboard, in any case, with spaces or a dash. Cyrillic letters that look like the
 * code's Latin ones (А В Е К М Н Р С Т Х У, З for 3, and Kazakh Қ Ң Ү Ұ) are read as those;
 * the code's alphabet leaves out O 0 I 1 L, so those are never guessed at.
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  Қ: 'K',
  М: 'M',
  Н: 'H',
  Ң: 'H',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  Ү: 'Y',
  Ұ: 'Y',
  З: '3',
};

/** Upper case, lookalikes read as the code's letters, without spaces, dashes and dots. */
export function canonicalCode(input: string): string {
  return [...input.toUpperCase().replace(/[\s\-‐-―._]/g, '')]
    .map((c) => LOOKALIKES[c] ?? c)
    .join('');
}

export type CodeProblem = 'empty' | 'length' | 'characters';

/** What is wrong with a typed code before it is sent, or null (the server still checks it). */
export function codeProblem(input: string): CodeProblem | null {
  const code = canonicalCode(input);
  if (code === '') return 'empty';
  if ([...code].some((c) => !INVITATION_CODE_ALPHABET.includes(c))) return 'characters';
  if (code.length !== INVITATION_CODE_LENGTH) return 'length';
  return null;
}

/** The code as the server is sent it and people read it: "ABCD-EFGH". */
export function codeToSend(input: string): string {
  return formatInvitationCode(canonicalCode(input));
}
