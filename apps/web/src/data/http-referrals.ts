import type { Referral } from '@birge/domain';
import { query, type ApiRequester } from './api-client.js';
import type { ReferralOperations } from './referral-operations.js';

/** The schemas load with the first referral asked for, not with the sign-in page. */
const schemas = () => import('./referral-schemas.js');

const id = encodeURIComponent;

/** Referrals and the directory search over the API, each answer checked with the domain's schema. */
export function createHttpReferrals(request: ApiRequester): ReferralOperations {
  const referral = async (b: unknown): Promise<Referral> => (await schemas()).referralSchema.parse(b);
  return {
    listReferrals: ({ personId, status, open, cursor, limit }) =>
      request(
        `/referrals${query({
          personId,
          status,
          open: open === undefined ? undefined : String(open),
          cursor,
          limit,
        })}`,
        { parse: async (b) => (await schemas()).referralPageSchema.parse(b) },
      ),
    getReferral: (referralId) => request(`/referrals/${id(referralId)}`, { parse: referral }),
    createReferral: (input) =>
      request('/referrals', { method: 'POST', body: input, parse: referral }),
    changeReferralStatus: (referralId, change) =>
      request(`/referrals/${id(referralId)}/status`, {
        method: 'POST',
        body: change,
        parse: referral,
      }),
    searchOrganizations: ({ q, type, sector, accessibility, limit }) =>
      request(
        `/organizations${query({
          q: q?.trim(),
          type,
          sector,
          accessibility: accessibility?.length ? accessibility.join(',') : undefined,
          limit: limit ?? 50,
        })}`,
        { parse: async (b) => (await schemas()).organizationPageSchema.parse(b).items },
      ),
  };
}
