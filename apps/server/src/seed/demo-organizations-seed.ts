import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../db/schema.js';
import type { SessionUser } from '../http/context.js';
import type { Services } from '../services.js';
import { DEMO_ORGANIZATIONS, DEMO_PROVIDER_ORGANIZATION } from './demo-organizations.js';

/**
 * Adds the demo service directory as the demo admin (through the service, so it is validated and
 * audited) and makes the `provider` account staff of the Talgar ПМПК. Returns the ids by key.
 */
export async function seedDemoOrganizations(
  db: Kysely<DB>,
  services: Services,
  userIds: Map<string, string>,
): Promise<Map<string, string>> {
  const adminId = userIds.get('admin');
  const providerId = userIds.get('provider');
  if (!adminId || !providerId) throw new Error('demo admin or provider missing');
  const admin: SessionUser = {
    userId: adminId,
    username: 'admin',
    displayName: 'Әкімші Демо',
    role: 'admin',
    scopes: [],
    language: 'kk',
    householdId: null,
    organizationId: null,
    isDemo: true,
  };
  const meta = { actor: admin, ip: null, userAgent: 'birge-seed', requestId: null };
  const ids = new Map<string, string>();
  for (const { key, ...organization } of DEMO_ORGANIZATIONS) {
    const created = await services.organizations.create(
      meta,
      { ...organization, id: uuidv7() },
      'kk',
    );
    ids.set(key, created.id);
  }
  const pmpk = ids.get(DEMO_PROVIDER_ORGANIZATION);
  if (!pmpk) throw new Error('demo provider organization missing');
  await db
    .updateTable('users')
    .set({ organization_id: pmpk })
    .where('id', '=', providerId)
    .execute();
  return ids;
}
