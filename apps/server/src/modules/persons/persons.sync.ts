import {
  personInputSchema,
  personUpdateSchema,
  type Person,
  type PersonInput,
  type PersonUpdate,
} from '@birge/domain';
import type { AuditLog } from '../audit/audit.service.js';
import {
  locateInHousehold,
  revisionOf,
  type PulledEntity,
  type PushContext,
  type PushedEntity,
  type WireRecord,
} from '../sync/sync.entities.js';
import { toPerson } from './persons.mapper.js';
import { caregiversOfMany, consentsOfMany, findPersonRecord } from './persons.repo.js';
import { createPersonsService } from './persons.service.js';

const personFieldsSchema = personUpdateSchema.omit({ rev: true });
type PersonFieldsInput = Omit<PersonUpdate, 'rev'>;

const WRITABLE = Object.keys(personUpdateSchema.shape).filter(
  (key) => key !== 'rev' && key !== 'confirmNotDuplicate',
) as (keyof Person)[];

function group<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** A live person as the caller may see it (consent rules applied), without an audit entry. */
async function visiblePerson(ctx: PushContext, id: string): Promise<Person | null> {
  const record = await findPersonRecord(ctx.trx, ctx.actor, id);
  return record ? toPerson(record.person, record.caregivers, record.consents) : null;
}

/** Persons on devices: the record as the REST API shows it, consents inside. */
export function personSyncEntities(audit: AuditLog): {
  pulled: PulledEntity;
  pushed: PushedEntity;
} {
  const service = (ctx: PushContext) => createPersonsService(ctx.trx, audit);

  const pulled: PulledEntity = {
    name: 'person',
    table: 'persons',
    householdColumn: 'household_id',
    async present(ctx, ids) {
      const [rows, caregivers, consents] = await Promise.all([
        ctx.trx.selectFrom('persons').selectAll().where('id', 'in', ids).execute(),
        caregiversOfMany(ctx.trx, ids),
        consentsOfMany(ctx.trx, ids),
      ]);
      const caregiversBy = group(caregivers, (c) => c.person_id);
      const consentsBy = group(consents, (c) => c.person_id);
      const records = new Map<string, WireRecord>();
      for (const row of rows) {
        if (row.deleted_at) {
          records.set(row.id, { rev: row.rev, deleted: true, data: null });
          continue;
        }
        const person = toPerson(
          row,
          caregiversBy.get(row.id) ?? [],
          consentsBy.get(row.id) ?? [],
          ctx.today,
        );
        // Ended consents older than the device's history stay on the server; the status above
        // was judged on all of them.
        const kept = person.consents.filter(
          (c) =>
            (c.withdrawnOn === null || c.withdrawnOn >= ctx.historyBefore) &&
            c.expiresOn >= ctx.historyBefore,
        );
        records.set(row.id, { rev: row.rev, deleted: false, data: { ...person, consents: kept } });
      }
      return records;
    },
  };

  const pushed: PushedEntity = {
    name: 'person',
    versioned: true,
    locate: (ctx, id) => locateInHousehold(ctx, 'persons', id),
    parseCreate: (data, id) => personInputSchema.parse({ ...data, id }),
    parseUpdate: (data) => personFieldsSchema.parse(data),
    // The supervisor compared both versions: the duplicate warning is answered.
    resolvedFields: { confirmNotDuplicate: true },
    async create(ctx, _id, input) {
      return (await service(ctx).create(ctx.meta, input as PersonInput)).rev;
    },
    async update(ctx, id, input, baseRev) {
      const fields = input as PersonFieldsInput;
      return (await service(ctx).update(ctx.meta, id, { ...fields, rev: baseRev })).rev;
    },
    async remove(ctx, id) {
      await service(ctx).remove(ctx.meta, id);
      return revisionOf(ctx.trx, 'persons', id);
    },
    async current(ctx, id) {
      const person = await visiblePerson(ctx, id);
      if (!person) return null;
      // Caregivers as a device writes them: the shown name is not part of the record.
      const caregivers = person.caregivers.map(({ name: _name, ...link }) => link);
      return {
        fields: Object.fromEntries(
          WRITABLE.map((key) => [key, key === 'caregivers' ? caregivers : person[key]]),
        ),
        label: [person.givenName, person.familyName].filter(Boolean).join(' '),
      };
    },
  };
  return { pulled, pushed };
}
