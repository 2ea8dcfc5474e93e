import { normalizeInvitationCode } from '@birge/domain';
import { describe, expect, it } from 'vitest';
import { canonicalCode, codeProblem, codeToSend } from './invitation-code.js';

describe('an invitation code as typed', () => {
  it('forgives case, spaces, dashes and dots', () => {
    expect(canonicalCode(' abcd efgh ')).toBe('ABCDEFGH');
    expect(canonicalCode('ABCD–EFGH')).toBe('ABCDEFGH');
    expect(canonicalCode('ab.cd-ef_gh')).toBe('ABCDEFGH');
    expect(codeToSend('abcd efgh')).toBe('ABCD-EFGH');
  });

  it('reads Cyrillic letters that look like the code’s as those letters', () => {
    // Typed on a Kazakh keyboard: А В Е К М Н Р С Т Х У З are Cyrillic here.
    expect(canonicalCode('АВЕК МНРС')).toBe('ABEKMHPC');
    expect(canonicalCode('тху3 зқңү')).toBe('TXY33KHY');
    expect(codeProblem('АВЕК-МНРС')).toBeNull();
    // What is sent is a code the server reads.
    expect(normalizeInvitationCode(codeToSend('авек мнрс'))).toBe('ABEKMHPC');
  });

  it('says what is wrong before anything is sent', () => {
    expect(codeProblem('')).toBe('empty');
    expect(codeProblem('  -  ')).toBe('empty');
    expect(codeProblem('ABCD-EFG')).toBe('length');
    expect(codeProblem('ABCD-EFGHJ')).toBe('length');
    // O, 0, I, 1 and L are never in a code: the person misread a letter.
    expect(codeProblem('ABCD-EFG0')).toBe('characters');
    expect(codeProblem('ABCD-EFGO')).toBe('characters');
    expect(codeProblem('ABCD-EFG1')).toBe('characters');
    expect(codeProblem('ӘБВГ-ДЕЖЗ')).toBe('characters');
    expect(codeProblem('abcd efgh')).toBeNull();
  });
});
