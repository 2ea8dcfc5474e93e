import {
  canManageUsers,
  PLACE_ROLES,
  type Language,
  type Role,
  type User,
  type UserInput,
} from '@birge/domain';
import type { Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.js';
import type { RequestMeta } from '../../http/context.js';
import { forbidden, invalid, ProblemError, type FieldProblem } from '../../http/problem.js';
import type { AuditLog } from '../audit/audit.service.js';
import { hashPassword } from '../auth/passwords.js';
import { findOrganization } from '../organizations/organizations.repo.js';
import { existingPlaces, insertUser, listUsers, usernameTaken } from './users.repo.js';

export type UsersService = ReturnType<typeof createUsersService>;

export function createUsersService(db: Kysely<DB>, audit: AuditLog) {
  async function check(input: UserInput): Promise<void> {
    const problems: FieldProblem[] = [];
    if (await usernameTaken(db, input.username))
      problems.push({ path: 'username', code: 'user.username_taken' });
    if (PLACE_ROLES.includes(input.role) && input.scopes.length === 0)
      problems.push({ path: 'scopes', code: 'user.scope_required' });
    const known = new Set((await existingPlaces(db, input.scopes)).map((p) => p.code));
    input.scopes.forEach((code, i) => {
      if (!known.has(code)) problems.push({ path: `scopes.${i}`, code: 'place.unknown' });
    });
    // A provider's organization is one of the service directory's (decision 0026).
    if (input.organizationId && !(await findOrganization(db, input.organizationId)))
      problems.push({ path: 'organizationId', code: 'user.organization_unknown' });
    if (problems.length) throw invalid(problems);
  }

  /** Creates an account; `meta` is null for the command line and the demo seed. */
  async function create(
    meta: RequestMeta | null,
    input: UserInput,
    options: { demo?: boolean; passwordHash?: string } = {},
  ): Promise<string> {
    if (meta && !meta.actor) throw new ProblemError(401, 'unauthorized');
    if (meta?.actor && !canManageUsers(meta.actor)) throw forbidden();
    await check(input);
    const id = uuidv7();
    const passwordHash = options.passwordHash ?? (await hashPassword(input.password));
    await db.transaction().execute(async (trx) => {
      await insertUser(
        trx,
        {
          id,
          username: input.username,
          display_name: input.displayName,
          password_hash: passwordHash,
          role: input.role,
          language: input.language,
          household_id: input.householdId,
          organization_id: input.organizationId,
          is_demo: options.demo ?? false,
        },
        [...new Set(input.scopes)],
      );
      await audit.appendIn(
        trx,
        meta ?? { actor: null, ip: null, userAgent: 'birge-cli', requestId: null },
        {
          action: 'create',
          entity: 'user',
          entityId: id,
          fields: ['username', 'role', 'scopes'],
          username: meta?.actor?.username ?? 'birge-cli',
        },
      );
    });
    return id;
  }

  return {
    create,

    /**
     * Disables or enables an account. A disabled user's requests answer 401 `account_disabled`,
     * which tells their devices to wipe what they hold; enabling does not restore a wiped device.
     */
    async setDisabled(meta: RequestMeta, userId: string, disabled: boolean): Promise<void> {
      if (!meta.actor) throw new ProblemError(401, 'unauthorized');
      if (!canManageUsers(meta.actor)) throw forbidden();
      if (userId === meta.actor.userId) throw forbidden();
      await db.transaction().execute(async (trx) => {
        const row = await trx
          .updateTable('users')
          .set({ disabled_at: disabled ? new Date() : null, updated_at: new Date() })
          .where('id', '=', userId)
          .returning('id')
          .executeTakeFirst();
        if (!row) throw new ProblemError(404, 'not_found');
        await audit.appendIn(trx, meta, {
          action: 'update',
          entity: 'user',
          entityId: userId,
          fields: ['disabled'],
        });
      });
    },

    async list(meta: RequestMeta): Promise<User[]> {
      if (!meta.actor) throw new ProblemError(401, 'unauthorized');
      if (!canManageUsers(meta.actor)) throw forbidden();
      const rows = await listUsers(db);
      return rows.map((u) => ({
        id: u.id,
        username: u.username,
        displayName: u.display_name,
        role: u.role as Role,
        language: u.language as Language,
        scopes: u.scopes,
        householdId: u.household_id,
        organizationId: u.organization_id,
        isDemo: u.is_demo,
        disabled: u.disabled_at !== null,
        createdAt: u.created_at.toISOString(),
      }));
    },
  };
}
