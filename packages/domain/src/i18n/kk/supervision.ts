/** kk: supervisor screens — caseload assignment, sync conflicts, the sync monitor. */
export const supervision = {} satisfies Record<string, string>;
