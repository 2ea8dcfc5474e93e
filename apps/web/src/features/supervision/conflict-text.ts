import type { ConflictChoice, Translate } from '@birge/domain';

/** "Person", "Household": what kind of record a conflict is about. */
export function entityName(entity: string, t: Translate): string {
  switch (entity) {
    case 'person':
      return t('auditEntity.person');
    case 'household':
      return t('auditEntity.household');
    case 'consent':
      return t('auditEntity.consent');
    default:
      return entity;
  }
}

/** How a conflict was settled, in words. */
export function resolutionName(choice: ConflictChoice, t: Translate): string {
  switch (choice) {
    case 'server':
      return t('supervision.resolution.server');
    case 'device':
      return t('supervision.resolution.device');
    case 'merge':
      return t('supervision.resolution.merge');
  }
}

/** Where the record itself is shown, when it has a page of its own. */
export function recordPath(
  entity: string,
  recordId: string,
  householdId: string | null,
): string | null {
  if (entity === 'person') return `/persons/${recordId}`;
  if (entity === 'household') return `/households/${recordId}`;
  return householdId ? `/households/${householdId}` : null;
}
