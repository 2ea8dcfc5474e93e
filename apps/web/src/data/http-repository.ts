import type { Assessment, AssessmentPage } from '@birge/domain';
import type {
  AuditEntry,
  AuditPage,
  AuditVerification,
  Place,
  PersonHistoryEntry,
  RegistryRepository,
} from './repository.js';
import { createApiClient, query, type ApiClientOptions } from './api-client.js';
import { createHttpInvitations } from './http-invitations.js';
import { EDUCATION_OPERATIONS } from './education-operations.js';
import { deferred } from './deferred.js';
import { PLAN_OPERATIONS } from './plan-operations.js';
import { REFERRAL_OPERATIONS } from './referral-operations.js';
import { RepositoryError } from './repository-error.js';
import { instanceAnswer, meAnswer } from './session-schemas.js';

/** The registry's schemas (all of zod) load with the first page that reads the registry. */
const registrySchemas = () => import('./registry-schemas.js');

export type HttpRepositoryOptions = ApiClientOptions;

type Parse<T> = (body: unknown) => T | Promise<T>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const strOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const items = (body: unknown): unknown[] =>
  isRecord(body) && Array.isArray(body.items) ? body.items : [];

function toPlace(value: unknown): Place {
  const v = isRecord(value) ? value : {};
  return {
    code: str(v.code),
    name: str(v.name),
    level: typeof v.level === 'number' ? v.level : 0,
    parentCode: strOrNull(v.parentCode),
    path: strings(v.path),
    retired: v.retired === true,
  };
}

function toHistoryEntry(value: unknown): PersonHistoryEntry {
  const v = isRecord(value) ? value : {};
  return { at: str(v.at), actor: strOrNull(v.actor), op: str(v.op), fields: strings(v.fields) };
}

function toAuditEntry(value: unknown): AuditEntry {
  const v = isRecord(value) ? value : {};
  return {
    id: typeof v.id === 'number' ? v.id : 0,
    at: str(v.at),
    actorId: strOrNull(v.actorId),
    actorUsername: strOrNull(v.actorUsername),
    actorRole: strOrNull(v.actorRole),
    action: str(v.action),
    entity: strOrNull(v.entity),
    entityId: strOrNull(v.entityId),
    fields: strings(v.fields),
    ip: strOrNull(v.ip),
  };
}

function toAuditPage(body: unknown): AuditPage {
  return {
    items: items(body).map(toAuditEntry),
    nextCursor: isRecord(body) ? strOrNull(body.nextCursor) : null,
  };
}

function toVerification(body: unknown): AuditVerification {
  const v = isRecord(body) ? body : {};
  const breaks = Array.isArray(v.breaks) ? v.breaks.filter(isRecord) : [];
  return {
    intact: v.intact === true,
    checked: typeof v.checked === 'number' ? v.checked : 0,
    breaks: breaks.map((b) => ({ chain: Number(b.chain), seq: Number(b.seq), id: Number(b.id) })),
  };
}

const nothing: Parse<void> = () => undefined;

/** The repository over the Birge HTTP API (`/api/v1`, problem+json errors). */
export function createHttpRepository(options: HttpRepositoryOptions): RegistryRepository {
  const base = options.baseUrl ?? '/api/v1';
  const request = createApiClient(options);

  return {
    instance: () => request('/instance', { parse: (b) => instanceAnswer.parse(b) }),
    async currentUser() {
      try {
        return await request('/auth/me', { parse: (b) => meAnswer.parse(b) });
      } catch (error) {
        if (error instanceof RepositoryError && error.status === 401) return null;
        throw error;
      }
    },
    signIn: (credentials) =>
      request('/auth/login', {
        method: 'POST',
        body: credentials,
        parse: (b) => meAnswer.parse(b),
      }),
    signOut: () => request('/auth/logout', { method: 'POST', parse: nothing }),
    setLanguage: (language) =>
      request('/auth/me', { method: 'PATCH', body: { language }, parse: (b) => meAnswer.parse(b) }),

    searchPlaces: ({ text, limit = 20 }) =>
      request(`/places${query({ q: text, scope: 'mine', minLevel: 3, limit })}`, {
        parse: (b) => items(b).map(toPlace),
      }),

    listHouseholds: ({ q, cursor, limit }) =>
      request(`/households${query({ q: q?.trim(), cursor, limit })}`, {
        parse: async (b) => (await registrySchemas()).householdPageSchema.parse(b),
      }),
    getHousehold: (id) =>
      request(`/households/${encodeURIComponent(id)}`, {
        parse: async (b) => (await registrySchemas()).householdSchema.parse(b),
      }),
    createHousehold: (input) =>
      request('/households', {
        method: 'POST',
        body: input,
        parse: async (b) => (await registrySchemas()).householdSchema.parse(b),
      }),
    updateHousehold: (id, update) =>
      request(`/households/${encodeURIComponent(id)}`, {
        method: 'PUT',
        body: update,
        parse: async (b) => (await registrySchemas()).householdSchema.parse(b),
      }),

    getPerson: (id) =>
      request(`/persons/${encodeURIComponent(id)}`, {
        parse: async (b) => (await registrySchemas()).personSchema.parse(b),
      }),
    createPerson: (input) =>
      request('/persons', {
        method: 'POST',
        body: input,
        parse: async (b) => (await registrySchemas()).personSchema.parse(b),
      }),
    updatePerson: (id, update) =>
      request(`/persons/${encodeURIComponent(id)}`, {
        method: 'PUT',
        body: update,
        parse: async (b) => (await registrySchemas()).personSchema.parse(b),
      }),
    personHistory: (id) =>
      request(`/persons/${encodeURIComponent(id)}/history`, {
        parse: (b) => (Array.isArray(b) ? b.map(toHistoryEntry) : []),
      }),
    addConsent: (personId, input) =>
      request(`/persons/${encodeURIComponent(personId)}/consents`, {
        method: 'POST',
        body: input,
        parse: async (b) => (await registrySchemas()).consentSchema.parse(b),
      }),
    withdrawConsent: (consentId, withdrawal) =>
      request(`/consents/${encodeURIComponent(consentId)}/withdraw`, {
        method: 'POST',
        body: withdrawal,
        parse: async (b) => (await registrySchemas()).consentSchema.parse(b),
      }),

    async listAssessments(personId) {
      const all: Assessment[] = [];
      let cursor: string | null = null;
      do {
        const page: AssessmentPage = await request(
          `/assessments${query({ personId, cursor, limit: 100 })}`,
          {
            parse: async (b) => (await registrySchemas()).assessmentPageSchema.parse(b),
          },
        );
        all.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      return all;
    },
    getAssessment: (id) =>
      request(`/assessments/${encodeURIComponent(id)}`, {
        parse: async (b) => (await registrySchemas()).assessmentSchema.parse(b),
      }),
    createAssessment: (input) =>
      request('/assessments', {
        method: 'POST',
        body: input,
        parse: async (b) => (await registrySchemas()).assessmentSchema.parse(b),
      }),
    updateAssessment: (id, update) =>
      request(`/assessments/${encodeURIComponent(id)}`, {
        method: 'PUT',
        body: update,
        parse: async (b) => (await registrySchemas()).assessmentSchema.parse(b),
      }),

    // Plans' requests and their schemas load with the first plan, visit or task asked for.
    ...deferred(
      async () => (await import('./http-plans.js')).createHttpPlans(request),
      PLAN_OPERATIONS,
    ),
    ...createHttpInvitations(request),
    // Education and livelihood requests load with the first education page.
    ...deferred(
      async () => (await import('./http-education.js')).createHttpEducation(request),
      EDUCATION_OPERATIONS,
    ),
    // Referrals and the directory search, with their schemas, load with the first referral page.
    ...deferred(
      async () => (await import('./http-referrals.js')).createHttpReferrals(request),
      REFERRAL_OPERATIONS,
    ),

    listAudit: ({ cursor, limit }) =>
      request(`/audit${query({ cursor, limit })}`, { parse: toAuditPage }),
    verifyAudit: () => request('/audit/verify', { parse: toVerification }),
    auditExportUrl: () => `${base}/audit/export`,
  };
}
