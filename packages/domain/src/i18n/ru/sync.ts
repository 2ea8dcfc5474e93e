/** ru: the offline store, sync status, device PIN and sync problems in the web app. */
export const sync = {} satisfies Record<string, string>;
