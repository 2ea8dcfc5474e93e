/**
 * Appending to the audit log in one statement. The chain's lock, its head and the new row's hash
 * are taken inside the database, so a read of a person's record costs one round trip instead of a
 * five-statement transaction that held the chain's lock across network waits.
 *
 * A row's hash is SHA-256 over the text of a JSON array of its fields and the previous row's hash
 * (the `at` time as UTC ISO 8601 with microseconds). Verification recomputes it with the same
 * function.
 */
export const sql = /* sql */ `
CREATE FUNCTION audit_row_hash(
  p_chain smallint, p_seq bigint, p_at timestamptz, p_actor_id uuid, p_actor_username text,
  p_actor_role text, p_action text, p_entity text, p_entity_id text, p_fields text[], p_ip text,
  p_user_agent text, p_request_id text, p_prev_hash text
) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    p_chain, p_seq, to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), p_actor_id,
    p_actor_username, p_actor_role, p_action, p_entity, p_entity_id, to_jsonb(p_fields), p_ip,
    p_user_agent, p_request_id, p_prev_hash
  )::text, 'UTF8')), 'hex')
$$;

-- VOLATILE: in READ COMMITTED each statement of the function takes a fresh snapshot, so the head
-- read after the lock is granted sees the row of whoever held the lock before.
CREATE FUNCTION audit_append(
  p_chain smallint, p_actor_id uuid, p_actor_username text, p_actor_role text, p_action text,
  p_entity text, p_entity_id text, p_fields text[], p_ip text, p_user_agent text, p_request_id text
) RETURNS void LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_prev text;
  v_seq bigint;
  v_at timestamptz := clock_timestamp();
BEGIN
  PERFORM pg_advisory_xact_lock(727002, p_chain);
  SELECT hash, chain_seq INTO v_prev, v_seq FROM audit_log
    WHERE chain = p_chain ORDER BY chain_seq DESC LIMIT 1;
  v_seq := coalesce(v_seq, 0) + 1;
  v_prev := coalesce(v_prev, repeat('0', 64));
  INSERT INTO audit_log (chain, chain_seq, at, actor_id, actor_username, actor_role, action, entity,
      entity_id, fields, ip, user_agent, request_id, prev_hash, hash)
    VALUES (p_chain, v_seq, v_at, p_actor_id, p_actor_username, p_actor_role, p_action, p_entity,
      p_entity_id, p_fields, p_ip, p_user_agent, p_request_id, v_prev,
      audit_row_hash(p_chain, v_seq, v_at, p_actor_id, p_actor_username, p_actor_role, p_action,
        p_entity, p_entity_id, p_fields, p_ip, p_user_agent, p_request_id, v_prev));
END
$$;
`;
