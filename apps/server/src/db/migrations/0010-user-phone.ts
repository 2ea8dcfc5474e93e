/**
 * A work phone on the user (issue 5): the printed plan gives the family their worker's contact.
 * Set by the user (`PATCH /auth/me`); optional.
 */
export const sql = /* sql */ `
ALTER TABLE users ADD COLUMN phone text;
`;
