import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { householdInput, personInput, PLACES } from '../../test/factories.js';
import {
  createTestApp,
  engines,
  expectStatus,
  type TestApp,
  type TestUser,
} from '../../test/harness.js';

describe.each(engines())('audit log on %s', (engine) => {
  let t: TestApp;
  let worker: TestUser;
  let admin: TestUser;
  let personId: string;

  beforeAll(async () => {
    t = await createTestApp(engine);
    worker = await t.user('worker', 'worker', [PLACES.talgarDistrict]);
    admin = await t.user('admin', 'admin');
    const h = householdInput();
    await t.created(worker, '/api/v1/households', h);
    const p = personInput(h.id);
    expectStatus(
      await t.request(worker, {
        method: 'POST',
        url: '/api/v1/persons',
        payload: p,
        headers: { 'user-agent': 'TestPhone/1.0' },
      }),
      201,
    );
    personId = p.id;
    expectStatus(
      await t.request(worker, { method: 'GET', url: `/api/v1/persons/${personId}` }),
      200,
    );
  });
  afterAll(() => t.close());

  it('records every write and every read of a full record with who, when, what and from where', async () => {
    const res = await t.request(admin, {
      method: 'GET',
      url: `/api/v1/audit?entityId=${personId}`,
    });
    const entries = expectStatus<{
      items: {
        action: string;
        actorUsername: string;
        actorRole: string;
        fields: string[];
        ip: string;
        at: string;
      }[];
    }>(res, 200).items;
    expect(entries.map((e) => e.action)).toEqual(['read', 'create']);
    expect(entries[1]).toMatchObject({
      actorUsername: 'worker',
      actorRole: 'worker',
      ip: '127.0.0.1',
    });
    expect(entries[1]!.fields).toEqual(expect.arrayContaining(['givenName', 'iin', 'birthDate']));
    const row = await t.database.db
      .selectFrom('audit_log')
      .select('user_agent')
      .where('entity_id', '=', personId)
      .where('action', '=', 'create')
      .executeTakeFirstOrThrow();
    expect(row.user_agent).toBe('TestPhone/1.0');
  });

  it('keeps no personal values in the log, only field names', async () => {
    const rows = await t.database.db.selectFrom('audit_log').selectAll().execute();
    const text = JSON.stringify(rows);
    const person = await t.database.db
      .selectFrom('persons')
      .select(['iin', 'family_name'])
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    expect(text).not.toContain(person.iin);
    expect(text).not.toContain(person.family_name);
  });

  it('has no update or delete path, even in SQL', async () => {
    await expect(
      sql`UPDATE audit_log SET action = 'nothing'`.execute(t.database.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(t.database.db)).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_log`.execute(t.database.db)).rejects.toThrow(/append-only/);
  });

  it('shows the log to administrators only', async () => {
    for (const path of ['/api/v1/audit', '/api/v1/audit/verify', '/api/v1/audit/export'])
      expect((await t.request(worker, { method: 'GET', url: path })).statusCode).toBe(403);
  });

  it('verifies an intact chain and finds a row altered behind its back', async () => {
    const intact = expectStatus<{ intact: boolean; checked: number }>(
      await t.request(admin, { method: 'GET', url: '/api/v1/audit/verify' }),
      200,
    );
    expect(intact.intact).toBe(true);
    expect(intact.checked).toBeGreaterThan(3);

    // Someone with database rights switches the guard off and rewrites history, one column at a time.
    const tamperings = [
      sql`UPDATE audit_log SET actor_username = 'someone-else' WHERE id = (SELECT min(id) FROM audit_log WHERE action = 'read')`,
      sql`UPDATE audit_log SET at = at - interval '1 microsecond' WHERE id = (SELECT min(id) FROM audit_log WHERE action = 'create')`,
      sql`UPDATE audit_log SET fields = '{}' WHERE id = (SELECT max(id) FROM audit_log WHERE action = 'create')`,
    ];
    const victims = await t.database.db
      .selectFrom('audit_log')
      .select('id')
      .where((eb) =>
        eb.or([
          eb(
            'id',
            '=',
            eb.selectFrom('audit_log').select(eb.fn.min('id').as('m')).where('action', '=', 'read'),
          ),
          eb(
            'id',
            '=',
            eb
              .selectFrom('audit_log')
              .select(eb.fn.min('id').as('m'))
              .where('action', '=', 'create'),
          ),
          eb(
            'id',
            '=',
            eb
              .selectFrom('audit_log')
              .select(eb.fn.max('id').as('m'))
              .where('action', '=', 'create'),
          ),
        ]),
      )
      .execute();
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(t.database.db);
    for (const tampering of tamperings) await tampering.execute(t.database.db);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(t.database.db);

    const broken = expectStatus<{ intact: boolean; breaks: { id: number }[] }>(
      await t.request(admin, { method: 'GET', url: '/api/v1/audit/verify' }),
      200,
    );
    expect(broken.intact).toBe(false);
    expect(victims).toHaveLength(3);
    for (const victim of victims) expect(broken.breaks.map((b) => b.id)).toContain(victim.id);
  });

  it('exports the log as CSV and audits the export', async () => {
    const res = await t.request(admin, { method: 'GET', url: '/api/v1/audit/export' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.body.trim().split('\n');
    expect(lines[0]).toBe(
      'id,at,actor_id,actor_username,actor_role,action,entity,entity_id,fields,ip,user_agent,request_id,chain,chain_seq,prev_hash,hash',
    );
    expect(lines.some((line) => line.includes(`"${personId}"`))).toBe(true);
    const exports = await t.database.db
      .selectFrom('audit_log')
      .select('actor_username')
      .where('action', '=', 'export')
      .execute();
    expect(exports).toEqual([{ actor_username: 'admin' }]);
  });

  it('keeps appends consistent when many requests write at once', async () => {
    const ids = Array.from({ length: 12 }, () => householdInput().id);
    await Promise.all(
      ids.map((id) =>
        t.request(worker, {
          method: 'POST',
          url: '/api/v1/households',
          payload: householdInput({ id }),
        }),
      ),
    );
    await Promise.all(
      ids.map((id) => t.request(worker, { method: 'GET', url: `/api/v1/households/${id}` })),
    );
    await Promise.all(
      [personId, personId, personId].map((id) =>
        t.request(worker, { method: 'GET', url: `/api/v1/persons/${id}` }),
      ),
    );
    const rows = await t.database.db
      .selectFrom('audit_log')
      .select(['chain', 'chain_seq'])
      .orderBy('chain')
      .orderBy('chain_seq')
      .execute();
    const byChain = new Map<number, number[]>();
    for (const r of rows) byChain.set(r.chain, [...(byChain.get(r.chain) ?? []), r.chain_seq]);
    for (const seqs of byChain.values()) expect(seqs).toEqual(seqs.map((_, i) => i + 1));
  });
});
