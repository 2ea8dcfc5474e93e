import {
  canAssignCaseload,
  canResolveConflicts,
  canSuperviseSync,
  type Actor,
  type Me,
  type Translate,
} from '@birge/domain';

/** The signed-in user as the domain's access policy sees them. */
function actorOf(me: Me): Actor {
  return {
    userId: me.id,
    role: me.role,
    scopes: me.scopes.map((scope) => scope.code),
    householdId: me.householdId,
    organizationId: me.organizationId,
  };
}

export interface SupervisionAccess {
  /** Sees caseloads, conflicts, the device monitor and overdue tasks of their places. */
  view: boolean;
  /** Assigns, reassigns and unassigns households. */
  assign: boolean;
  /** Chooses between a device's version and the server's. */
  resolve: boolean;
}

/** What the user may do on the supervisor's screens: the same policy the server applies. */
export function supervisionAccess(me: Me): SupervisionAccess {
  const actor = actorOf(me);
  return {
    view: canSuperviseSync(actor),
    assign: canAssignCaseload(actor),
    resolve: canResolveConflicts(actor),
  };
}

/** The supervisor's sections, for the header's navigation and the home page. */
export function supervisionLinks(me: Me, t: Translate): { to: string; label: string }[] {
  if (!supervisionAccess(me).view) return [];
  return [
    { to: '/caseloads', label: t('supervision.nav.caseloads') },
    { to: '/sync/conflicts', label: t('supervision.nav.conflicts') },
    { to: '/sync/devices', label: t('supervision.nav.devices') },
    { to: '/tasks/overdue', label: t('supervision.nav.overdue') },
  ];
}
