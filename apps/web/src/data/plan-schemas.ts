/** The plans' answers' schemas, a chunk of their own (see http-plans.ts). */
export {
  activityPageSchema,
  planHistorySchema,
  planPageSchema,
  planReviewListSchema,
  planReviewSchema,
  planSchema,
  practiceLogListSchema,
  practiceLogSchema,
  taskListSchema,
  visitPageSchema,
  visitSchema,
} from '@birge/domain';
