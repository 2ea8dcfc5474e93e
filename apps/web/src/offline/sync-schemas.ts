/** The sync answers' schemas, a chunk of their own (see sync-client.ts). */
export { syncPullResponseSchema, syncPushResponseSchema } from '@birge/domain';
