import { describe, expect, it } from 'vitest';
import {
  canManageOrganizations,
  canManageUsers,
  canReadOrganizations,
  canReadAssessments,
  canWriteAssessments,
  canReadRegistry,
  canViewAudit,
  canWriteRegistry,
  placeInScope,
  registryAccess,
  scopePrefixes,
} from './policy.js';
import { ROLES, type Actor, type Role } from './roles.js';

function actor(role: Role, scopes: string[] = ['196200000']): Actor {
  return { userId: 'u-1', role, scopes, householdId: null, organizationId: null };
}

describe('registryAccess', () => {
  it.each([
    ['worker', 'write'],
    ['supervisor', 'write'],
    ['manager', 'read'],
    ['family', 'own-household'],
    ['provider', 'none'],
    ['committee', 'none'],
    ['analyst', 'none'],
    ['admin', 'none'],
  ] as const)('a %s has %s access to households and persons', (role, access) => {
    expect(registryAccess(role)).toBe(access);
  });

  it('covers every role', () => {
    for (const role of ROLES) expect(registryAccess(role)).toBeDefined();
  });

  it('only CBR workers and supervisors write; analysts, committees and admins never read records', () => {
    expect(ROLES.filter((r) => canWriteRegistry(actor(r)))).toEqual(['worker', 'supervisor']);
    expect(ROLES.filter((r) => canReadRegistry(actor(r)))).toEqual([
      'worker',
      'supervisor',
      'manager',
      'family',
    ]);
  });

  it('assessments: workers and supervisors write, managers and families read, no one else', () => {
    expect(ROLES.filter((r) => canWriteAssessments(actor(r)))).toEqual(['worker', 'supervisor']);
    expect(ROLES.filter((r) => canReadAssessments(actor(r)))).toEqual([
      'worker',
      'supervisor',
      'manager',
      'family',
    ]);
  });

  it('only an admin sees the audit log and manages users', () => {
    expect(ROLES.filter((r) => canViewAudit(actor(r)))).toEqual(['admin']);
    expect(ROLES.filter((r) => canManageUsers(actor(r)))).toEqual(['admin']);
  });
});

describe('scopePrefixes', () => {
  it('turns place codes into the prefixes records are filtered by', () => {
    expect(scopePrefixes(actor('worker', ['196200000', '195220100']))).toEqual([
      '195220100',
      '1962',
    ]);
  });

  it('lists a place given twice once', () => {
    expect(scopePrefixes(actor('worker', ['196200000', '196200000', '190000000']))).toEqual([
      '19',
      '1962',
    ]);
  });

  it('an actor without places has no prefixes, so sees nothing', () => {
    expect(scopePrefixes(actor('worker', []))).toEqual([]);
  });
});

describe('placeInScope', () => {
  const talgarWorker = actor('worker', ['196200000']);

  it('a household in a village of the worker’s district is in scope', () => {
    expect(placeInScope(talgarWorker, '196220100')).toBe(true);
    expect(placeInScope(talgarWorker, '196233100')).toBe(true);
  });

  it('a household in the neighbouring district is out of scope', () => {
    expect(placeInScope(talgarWorker, '195220100')).toBe(false);
  });

  it('a household in the region above the worker’s district is out of scope', () => {
    expect(placeInScope(talgarWorker, '190000000')).toBe(false);
  });

  it('any one of several places is enough', () => {
    const twoDistricts = actor('supervisor', ['195200000', '196200000']);
    expect(placeInScope(twoDistricts, '195220100')).toBe(true);
    expect(placeInScope(twoDistricts, '196220100')).toBe(true);
    expect(placeInScope(twoDistricts, '610000000')).toBe(false);
  });

  it('a manager of a region sees every district in it', () => {
    expect(placeInScope(actor('manager', ['190000000']), '196233100')).toBe(true);
  });

  it('an actor without places sees nothing', () => {
    expect(placeInScope(actor('worker', []), '196220100')).toBe(false);
  });
});

describe('canManageOrganizations', () => {
  it('admins keep the directory everywhere, supervisors inside their places, no one else', () => {
    expect(canManageOrganizations(actor('admin', []), '195220100')).toBe(true);
    expect(canManageOrganizations(actor('supervisor'), '196220100')).toBe(true);
    expect(canManageOrganizations(actor('supervisor'), '195220100')).toBe(false);
    expect(ROLES.filter((r) => canManageOrganizations(actor(r), '196220100'))).toEqual([
      'admin',
      'supervisor',
    ]);
  });

  it('without a place, tells whether the actor keeps any part of the directory', () => {
    expect(canManageOrganizations(actor('supervisor'))).toBe(true);
    expect(canManageOrganizations(actor('supervisor', []))).toBe(false);
    expect(canManageOrganizations(actor('worker'))).toBe(false);
  });

  it('every role reads the directory', () => {
    expect(ROLES.every((r) => canReadOrganizations(actor(r)))).toBe(true);
  });
});
