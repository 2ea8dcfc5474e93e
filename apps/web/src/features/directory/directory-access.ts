import type { Actor, Me } from '@birge/domain';

/** The signed-in user as the domain's access policy sees them. */
export function actorOfMe(me: Me): Actor {
  return {
    userId: me.id,
    role: me.role,
    scopes: me.scopes.map((scope) => scope.code),
    householdId: me.householdId,
    organizationId: me.organizationId,
  };
}
