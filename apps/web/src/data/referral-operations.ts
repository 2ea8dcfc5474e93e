import type {
  Organization,
  Referral,
  ReferralInput,
  ReferralPage,
  ReferralStatus,
  ReferralStatusChange,
} from '@birge/domain';

/** `GET /referrals` filters the screens use (a provider's list is their organization's inbox). */
export interface ReferralQuery {
  personId?: string;
  status?: ReferralStatus;
  open?: boolean;
  cursor?: string | null;
  limit?: number;
}

/** `GET /organizations` filters of the "choose an organization" step. */
export interface OrganizationQuery {
  q?: string;
  type?: string;
  sector?: string;
  accessibility?: readonly string[];
  limit?: number;
}

/** Referrals (issue 6; docs/decisions/0028, 0029) and the directory search the referral form uses. */
export interface ReferralOperations {
  listReferrals: (query: ReferralQuery) => Promise<ReferralPage>;
  getReferral: (id: string) => Promise<Referral>;
  createReferral: (input: ReferralInput) => Promise<Referral>;
  changeReferralStatus: (id: string, change: ReferralStatusChange) => Promise<Referral>;
  searchOrganizations: (query: OrganizationQuery) => Promise<Organization[]>;
}

/** Their names, for `deferred` (the compile-time check below keeps the list whole). */
export const REFERRAL_OPERATIONS = [
  'listReferrals',
  'getReferral',
  'createReferral',
  'changeReferralStatus',
  'searchOrganizations',
] as const satisfies readonly (keyof ReferralOperations)[];

type Missing = Exclude<keyof ReferralOperations, (typeof REFERRAL_OPERATIONS)[number]>;
export const referralOperationsComplete: [Missing] extends [never] ? true : Missing = true;
