import { isWithin, katoPrefix } from '../places/kato.js';
import type { Actor, Role } from './roles.js';

/**
 * What a role may do with the registry of households and persons (product.md, "Who uses it").
 * `analyst` and `committee` never see personal records; `provider` sees only what referrals share
 * (a later module); `admin` manages users and places, not people's records.
 */
export type RegistryAccess = 'none' | 'own-household' | 'read' | 'write';

const REGISTRY_ACCESS: Record<Role, RegistryAccess> = {
  worker: 'write',
  supervisor: 'write',
  manager: 'read',
  family: 'own-household',
  provider: 'none',
  committee: 'none',
  analyst: 'none',
  admin: 'none',
};

export function registryAccess(role: Role): RegistryAccess {
  return REGISTRY_ACCESS[role];
}

export function canReadRegistry(actor: Actor): boolean {
  return registryAccess(actor.role) !== 'none';
}

export function canWriteRegistry(actor: Actor): boolean {
  return registryAccess(actor.role) === 'write';
}

/** Place-code prefixes the actor may see; the data layer turns them into `LIKE 'prefix%'`. */
export function scopePrefixes(actor: Actor): string[] {
  return [...new Set(actor.scopes.map(katoPrefix))].sort();
}

/** True when a record at `placeCode` is inside one of the actor's places. */
export function placeInScope(actor: Actor, placeCode: string): boolean {
  return actor.scopes.some((scope) => isWithin(placeCode, scope));
}

/**
 * Assessments are part of a person's record: those who read the registry read them (family: their
 * own household), CBR workers and supervisors write them. Kept apart so the rules can diverge.
 */
export function canReadAssessments(actor: Actor): boolean {
  return canReadRegistry(actor);
}

export function canWriteAssessments(actor: Actor): boolean {
  return canWriteRegistry(actor);
}

/**
 * Rehabilitation plans, their GAS reviews and visit records are part of the person's and
 * household's file: those who read the registry read them (family: their own household), CBR
 * workers and supervisors write them (docs/decisions/0020).
 */
export function canReadPlans(actor: Actor): boolean {
  return canReadRegistry(actor);
}

export function canWritePlans(actor: Actor): boolean {
  return canWriteRegistry(actor);
}

/** Practice of the home programme is logged by the family (own household) or the worker. */
export function canLogPractice(actor: Actor): boolean {
  return canWriteRegistry(actor) || registryAccess(actor.role) === 'own-household';
}

export function canReadVisits(actor: Actor): boolean {
  return canReadRegistry(actor);
}

export function canWriteVisits(actor: Actor): boolean {
  return canWriteRegistry(actor);
}

export function canViewAudit(actor: Actor): boolean {
  return actor.role === 'admin';
}

export function canManageUsers(actor: Actor): boolean {
  return actor.role === 'admin';
}

/** Roles whose devices hold a caseload of households assigned to them (docs/sync-protocol.md). */
export function holdsCaseload(role: Role): boolean {
  return role === 'worker' || role === 'supervisor';
}

/** Who assigns households to workers: supervisors in their places. */
export function canAssignCaseload(actor: Actor): boolean {
  return actor.role === 'supervisor';
}

/** Who sees caseloads, sync conflicts and the device monitor of their places. */
export function canSuperviseSync(actor: Actor): boolean {
  return actor.role === 'supervisor' || actor.role === 'manager';
}

/** Who decides between a device's version and the server's: supervisors in their places. */
export function canResolveConflicts(actor: Actor): boolean {
  return actor.role === 'supervisor';
}

/**
 * Referrals are part of the person's file on the CBR side: those who read the registry read them,
 * workers and supervisors send them. A `provider` reaches only the referrals addressed to their
 * own organization, through `canAnswerReferral` (docs/decisions/0028).
 */
export function canReadReferrals(actor: Actor): boolean {
  return canReadRegistry(actor);
}

export function canSendReferrals(actor: Actor): boolean {
  return canWriteRegistry(actor);
}

/**
 * Who may record the next step of a referral addressed to `organizationId`: staff of that
 * organization, and the CBR side (who often hears the outcome from the family first). The place
 * check for the CBR side stays with the data layer.
 */
export function canAnswerReferral(actor: Actor, organizationId: string): boolean {
  if (actor.role === 'provider') return actor.organizationId === organizationId;
  return canWriteRegistry(actor);
}

/**
 * The service directory is public service information: every signed-in role reads it
 * (docs/decisions/0026).
 */
export function canReadOrganizations(_actor: Actor): boolean {
  return true;
}

/**
 * Who keeps the directory: admins everywhere, supervisors for organizations inside their places.
 * Without `placeCode`, whether the actor may manage any organization at all.
 */
export function canManageOrganizations(actor: Actor, placeCode?: string): boolean {
  if (actor.role === 'admin') return true;
  if (actor.role !== 'supervisor') return false;
  return placeCode === undefined ? actor.scopes.length > 0 : placeInScope(actor, placeCode);
}
