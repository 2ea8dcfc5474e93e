/** The referrals' and directory's answers' schemas, a chunk of their own (see http-referrals.ts). */
export { organizationPageSchema, referralPageSchema, referralSchema } from '@birge/domain';
