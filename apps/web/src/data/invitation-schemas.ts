/** The invitations' answers' schemas, a chunk of their own (see http-invitations.ts). */
export { deviceKeySchema, invitationSchema } from '@birge/domain';
