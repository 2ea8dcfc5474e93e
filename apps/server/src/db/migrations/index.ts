import { sql as registry } from './0001-registry.js';
import { sql as householdSearchIndex } from './0002-household-search-index.js';
import { sql as auditAppend } from './0003-audit-append.js';
import { sql as sync } from './0004-sync.js';
import { sql as syncIndexes } from './0005-sync-indexes.js';
import { sql as assessments } from './0006-assessments.js';
import { sql as plans } from './0007-plans.js';
import { sql as activities } from './0008-activities.js';
import { sql as invitations } from './0009-invitations.js';
import { sql as userPhone } from './0010-user-phone.js';
import { sql as organizations } from './0011-organizations.js';
import { sql as referrals } from './0012-referrals.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Forward-only, numbered migrations. Append new ones; never edit an applied one — the runner
 * refuses to start when an applied migration's checksum changed.
 */
export const MIGRATIONS: Migration[] = [
  { version: 1, name: 'registry', sql: registry },
  { version: 2, name: 'household-search-index', sql: householdSearchIndex },
  { version: 3, name: 'audit-append', sql: auditAppend },
  { version: 4, name: 'sync', sql: sync },
  { version: 5, name: 'sync-indexes', sql: syncIndexes },
  { version: 6, name: 'assessments', sql: assessments },
  { version: 7, name: 'plans', sql: plans },
  { version: 8, name: 'activities', sql: activities },
  { version: 9, name: 'invitations', sql: invitations },
  { version: 10, name: 'user-phone', sql: userPhone },
  { version: 11, name: 'organizations', sql: organizations },
  { version: 12, name: 'referrals', sql: referrals },
];
