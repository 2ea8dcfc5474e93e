import {
  REFERRAL_STATUS_SYNC_ENTITY,
  REFERRAL_SYNC_ENTITY,
  isReferralOpen,
  referralDueOn,
  referralInputIssues,
  referralInputSchema,
  referralStatusChangeSchema,
  statusChangeIssues,
  todayIso,
  yearsBetween,
  type Organization,
  type Person,
  type Referral,
  type ReferralInput,
  type ReferralStatusChange,
} from '@birge/domain';
import { v7 as uuidv7 } from 'uuid';
import { fullName } from '../i18n/i18n-context.js';
import type { ReferralQuery } from '../data/referral-operations.js';
import { invalid, notFound, parseWith } from './offline-errors.js';
import { readRecord, readRecords, writeLocal } from './local-store.js';
import type { PlanContext } from './plan-records.js';
import { readPerson, withRev } from './plan-records.js';

/** Open referrals first, then the newest. */
export function byOpenThenNewest(a: Referral, b: Referral): number {
  return (
    Number(b.open) - Number(a.open) ||
    b.sentOn.localeCompare(a.sentOn) ||
    b.createdAt.localeCompare(a.createdAt)
  );
}

/** A referral's progress after a step, as the server computes it (`referralDueOn`). */
export function progressed(referral: Referral, today: string): Referral {
  const dueOn = referralDueOn(referral);
  return {
    ...referral,
    dueOn,
    open: isReferralOpen(referral.status),
    overdue: dueOn !== null && dueOn < today,
  };
}

export type ReferralContext = PlanContext & {
  /** The directory's organizations the device has seen (a referral shows its summary). */
  organization: (id: string) => Organization | null;
};

/**
 * Referrals on the device (docs/decisions/0029): the caseload's arrive by pull; a new one is
 * checked with the domain's `referralInputIssues` (consent to sharing with services, no future
 * date) and queued as a `referral` create; a step the family reported is checked with
 * `statusChangeIssues` and queued as a `referral_status` create (docs/sync-protocol.md).
 */
export function createOfflineReferrals(ctx: ReferralContext) {
  const { store, registry, t } = ctx;
  const today = ctx.today ?? (() => todayIso());
  const now = () => new Date().toISOString();

  async function read(id: string) {
    const record = await readRecord<Referral>(store, REFERRAL_SYNC_ENTITY, id);
    if (!record) throw notFound(t);
    return { record, referral: withRev(record) };
  }

  return {
    async listReferrals(query: ReferralQuery) {
      const { personId, status, open } = query;
      // The inbox and district-wide lists are the server's.
      if (!personId) throw notFound(t);
      await readPerson(store, t, personId);
      const day = today();
      const items = (await readRecords<Referral>(store, REFERRAL_SYNC_ENTITY))
        .map((r) => progressed(withRev(r), day))
        .filter(
          (r) =>
            r.personId === personId &&
            (status === undefined || r.status === status) &&
            (open === undefined || r.open === open),
        )
        .sort(byOpenThenNewest);
      return { items, nextCursor: null };
    },

    async getReferral(id: string) {
      return progressed((await read(id)).referral, today());
    },

    async createReferral(input: ReferralInput) {
      const { id: given, ...fields } = parseWith(t, referralInputSchema, input);
      const person: Person = await readPerson(store, t, fields.personId);
      const day = today();
      const organization = ctx.organization(fields.organizationId);
      const issues: { path: string; code: string }[] = [
        ...referralInputIssues(fields, person, day),
        // Offline, only organizations seen in the directory can be addressed.
        ...(organization ? [] : [{ path: 'organizationId', code: 'referrals.org.required' }]),
      ];
      if (issues.length || !organization) throw invalid(t, issues);
      const at = now();
      const id = given ?? uuidv7();
      const referral: Referral = progressed(
        {
          id,
          householdId: person.householdId,
          ...fields,
          organization: {
            id: organization.id,
            name: organization.name,
            type: organization.type,
            placeCode: organization.placeCode,
            address: organization.address,
            phone: organization.phone,
          },
          status: 'sent',
          statusOn: fields.sentOn,
          appointmentOn: null,
          dueOn: null,
          open: true,
          overdue: false,
          sentBy: ctx.author(),
          sentByPhone: null,
          events: [
            {
              id,
              status: 'sent',
              date: fields.sentOn,
              note: fields.note,
              appointmentOn: null,
              byRole: ctx.role() ?? 'worker',
              by: ctx.author(),
              at,
            },
          ],
          person: {
            id: person.id,
            name: fullName(person),
            sex: person.sex,
            birthDate: person.birthDate,
            age: yearsBetween(person.birthDate, day),
          },
          rev: 0,
          createdAt: at,
          updatedAt: at,
        },
        day,
      );
      await writeLocal(store, registry, {
        record: {
          entity: REFERRAL_SYNC_ENTITY,
          id,
          householdId: person.householdId,
          refs: [],
          data: referral,
        },
        mutation: {
          entity: REFERRAL_SYNC_ENTITY,
          id,
          op: 'upsert',
          data: fields,
          create: true,
          label: `${referral.person.name} → ${organization.name}`,
        },
      });
      ctx.onWrite();
      return referral;
    },

    async changeReferralStatus(id: string, change: ReferralStatusChange) {
      const { record, referral } = await read(id);
      const step = parseWith(t, referralStatusChangeSchema, change);
      const day = today();
      const issues = statusChangeIssues(referral, step, day);
      if (issues.length) throw invalid(t, issues);
      const at = now();
      const stepId = uuidv7();
      const next = progressed(
        {
          ...referral,
          status: step.status,
          statusOn: step.date,
          appointmentOn: step.status === 'scheduled' ? step.appointmentOn : referral.appointmentOn,
          events: [
            ...referral.events,
            { id: stepId, ...step, byRole: ctx.role() ?? 'worker', by: ctx.author(), at },
          ],
          updatedAt: at,
        },
        day,
      );
      await writeLocal(store, registry, {
        record: {
          entity: REFERRAL_SYNC_ENTITY,
          id,
          householdId: record.householdId,
          refs: [],
          data: next,
        },
        mutation: {
          entity: REFERRAL_STATUS_SYNC_ENTITY,
          id: stepId,
          op: 'upsert',
          data: { referralId: id, ...step },
          create: true,
          label: `${referral.person.name} → ${referral.organization.name}`,
        },
      });
      ctx.onWrite();
      return next;
    },
  };
}

export type OfflineReferrals = ReturnType<typeof createOfflineReferrals>;
