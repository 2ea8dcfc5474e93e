/**
 * A change cursor over all persons: an incremental pull with nothing new finds that in one index
 * probe instead of one per household held (measured by bench/sync-pull.ts).
 */
export const sql = /* sql */ `
CREATE INDEX persons_sync_cursor_idx ON persons (sync_tx, sync_seq);
`;
