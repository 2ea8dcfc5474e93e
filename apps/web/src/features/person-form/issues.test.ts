import { createTranslator } from '@birge/domain';
import { describe, expect, it } from 'vitest';
import { fieldPath, issueToFieldCode, serverFieldErrors, toFieldErrors } from './issues.js';

const issue = (code: string, path: (string | number)[], extra: Record<string, unknown> = {}) => ({
  code,
  path,
  message: 'Invalid input',
  ...extra,
});

describe('issueToFieldCode', () => {
  it('uses the domain rule’s own message key', () => {
    expect(issueToFieldCode({ ...issue('custom', ['iin']), message: 'iin.checksum' })).toEqual({
      path: 'iin',
      key: 'iin.checksum',
    });
  });

  it('says "required" for an empty text and a missing choice', () => {
    expect(
      issueToFieldCode(issue('too_small', ['givenName'], { origin: 'string', minimum: 1 })).key,
    ).toBe('validation.required');
    expect(issueToFieldCode(issue('invalid_type', ['birthDate'], { expected: 'string' })).key).toBe(
      'validation.required',
    );
  });

  it('asks for a whole number where a number is expected', () => {
    expect(
      issueToFieldCode(
        issue('invalid_type', ['livingConditions', 'rooms'], { expected: 'number' }),
      ),
    ).toEqual({ path: 'livingConditions.rooms', key: 'validation.not_integer' });
  });

  it('carries limits into the message values', () => {
    expect(
      issueToFieldCode(issue('too_big', ['notes'], { origin: 'string', maximum: 2000 })),
    ).toEqual({
      path: 'notes',
      key: 'validation.string_too_long',
      values: { maximum: 2000 },
    });
    expect(issueToFieldCode(issue('invalid_format', ['givenOn'], { format: 'date' })).key).toBe(
      'validation.invalid_date',
    );
  });

  it('ignores a message that only looks like a key', () => {
    expect(issueToFieldCode({ ...issue('custom', ['x']), message: 'not.a.real_key' }).key).toBe(
      'validation.invalid_value',
    );
  });
});

describe('field errors', () => {
  const t = createTranslator('en');

  it('puts an error about a list item on the list’s control', () => {
    expect(fieldPath('icd10.1')).toBe('icd10');
    expect(fieldPath('caregivers.0.personId')).toBe('caregivers.0.personId');
  });

  it('keeps the first message for a field', () => {
    expect(
      toFieldErrors(
        [
          { path: 'iin', key: 'iin.format' },
          { path: 'iin', key: 'iin.checksum' },
        ],
        t,
      ),
    ).toEqual({ iin: 'An IIN has 12 digits' });
  });

  it('takes server errors by path, optionally under a prefix', () => {
    const errors = [
      { path: 'consent.givenOn', code: 'consent.given_in_future', message: 'future' },
      { path: 'givenName', code: 'validation.required', message: 'required' },
    ];
    expect(serverFieldErrors(errors)).toEqual({
      'consent.givenOn': 'future',
      givenName: 'required',
    });
    expect(serverFieldErrors(errors, 'consent.')).toEqual({ givenOn: 'future' });
  });
});
