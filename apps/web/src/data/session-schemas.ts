import { LANGUAGES, type Instance, type Me, type Problem, type Role } from '@birge/domain';

/**
 * The answers the first screen reads (who is signed in, the installation, problem documents),
 * checked by hand: the domain's schemas use zod's full API, which cannot be tree-shaken, and even
 * zod/mini's core is ~15 KB gzip — more than the rest of the sign-in page. The other answers are
 * checked with the domain's schemas, loaded with the pages that need them. The types below and
 * session-schemas.test.ts keep these checks in step with the domain's schemas.
 */

const ROLE_VALUES = [
  'admin',
  'worker',
  'supervisor',
  'manager',
  'provider',
  'family',
  'committee',
  'analyst',
] as const satisfies readonly Role[];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Check<T> = (value: unknown) => value is T;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isUuid = (value: unknown): value is string => isString(value) && UUID.test(value);
const oneOf =
  <T extends string>(values: readonly T[]): Check<T> =>
  (value): value is T =>
    (values as readonly unknown[]).includes(value);
const optional = (value: unknown, check: (v: unknown) => boolean) =>
  value === undefined || check(value);

function checker<T>(name: string, check: (value: Record<string, unknown>) => boolean) {
  const safeParse = (value: unknown): { success: true; data: T } | { success: false } =>
    isRecord(value) && check(value) ? { success: true, data: value as T } : { success: false };
  return {
    safeParse,
    parse(value: unknown): T {
      const result = safeParse(value);
      if (!result.success) throw new TypeError(`not a valid ${name}`);
      return result.data;
    },
  };
}

/** Keeps only the known members, as zod's `object` does. */
function pickMe(v: Record<string, unknown>): Me {
  const {
    id,
    username,
    displayName,
    role,
    language,
    scopes,
    householdId,
    organizationId,
    isDemo,
    personId,
    phone,
  } = v as Partial<Me> & Omit<Me, 'personId' | 'phone'>;
  return {
    id,
    username,
    displayName,
    role,
    language,
    scopes: scopes.map(({ code, name }) => ({ code, name })),
    householdId,
    organizationId,
    isDemo,
    // A device's copy saved before these were answered has neither.
    personId: personId ?? null,
    phone: phone ?? null,
  };
}

const meCheck = checker<Me>(
  'user',
  (v) =>
    isUuid(v.id) &&
    isString(v.username) &&
    isString(v.displayName) &&
    oneOf(ROLE_VALUES)(v.role) &&
    oneOf(LANGUAGES)(v.language) &&
    Array.isArray(v.scopes) &&
    v.scopes.every((s) => isRecord(s) && isString(s.code) && isString(s.name)) &&
    (v.householdId === null || isUuid(v.householdId)) &&
    (v.organizationId === null || isUuid(v.organizationId)) &&
    typeof v.isDemo === 'boolean' &&
    optional(v.personId, (p) => p === null || isUuid(p)) &&
    optional(v.phone, (p) => p === null || isString(p)),
);

export const meAnswer = {
  safeParse(value: unknown): { success: true; data: Me } | { success: false } {
    const result = meCheck.safeParse(value);
    return result.success ? { success: true, data: pickMe(result.data) } : result;
  },
  parse: (value: unknown): Me => pickMe(meCheck.parse(value)),
};

export const instanceAnswer = checker<Instance>(
  'instance',
  (v) => oneOf(['demo', 'production'] as const)(v.mode) && isString(v.version),
);

/** A problem document (extra members kept, as the domain's loose schema does). */
export const problemAnswer = checker<Problem>(
  'problem',
  (v) =>
    isString(v.type) &&
    isString(v.title) &&
    Number.isInteger(v.status) &&
    optional(v.detail, isString) &&
    isString(v.code) &&
    optional(v.instance, isString) &&
    optional(
      v.errors,
      (errors) =>
        Array.isArray(errors) &&
        errors.every(
          (e) => isRecord(e) && isString(e.path) && isString(e.code) && isString(e.message),
        ),
    ),
);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Expect<T extends true> = T;
/** Compile-time only: the role list is the domain's. */
export type RolesAgree = Expect<Same<Role, (typeof ROLE_VALUES)[number]>>;
