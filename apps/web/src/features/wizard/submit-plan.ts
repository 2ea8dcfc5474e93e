/**
 * In which order to create the members of a new household. The server accepts a caregiver or a
 * legal representative only once they are a member, so they go first. A representative is needed
 * by the consent sent with the person (a hard dependency); caregivers can also be added by an
 * update after everyone exists (a soft one), which is how a circle of caregivers is broken.
 */
export interface PlanMember {
  key: string;
  caregiverKeys: readonly string[];
  representativeKey: string | null;
}

export type SubmissionPlan =
  | {
      ok: true;
      /** Creation order. */
      order: string[];
      /** Members created without caregivers, then updated with them once all exist. */
      deferCaregivers: string[];
    }
  | { ok: false; cycle: string[] };

export function planSubmission(members: readonly PlanMember[]): SubmissionPlan {
  const keys = new Set(members.map((m) => m.key));
  const hard = new Map<string, Set<string>>();
  const soft = new Map<string, Set<string>>();
  for (const m of members) {
    const rep =
      m.representativeKey && m.representativeKey !== m.key && keys.has(m.representativeKey)
        ? [m.representativeKey]
        : [];
    hard.set(m.key, new Set(rep));
    soft.set(m.key, new Set(m.caregiverKeys.filter((k) => k !== m.key && keys.has(k))));
  }

  const order: string[] = [];
  const deferCaregivers: string[] = [];
  const done = new Set<string>();
  const ready = (key: string, withSoft: boolean) =>
    [...(hard.get(key) ?? [])].every((k) => done.has(k)) &&
    (!withSoft || [...(soft.get(key) ?? [])].every((k) => done.has(k)));

  while (order.length < members.length) {
    const pending = members.filter((m) => !done.has(m.key));
    // Keep the worker's order among those that can go now.
    const next = pending.find((m) => ready(m.key, true));
    if (next) {
      order.push(next.key);
      done.add(next.key);
      continue;
    }
    // Stuck: someone waits for a caregiver who waits for them. Create the first one whose
    // representative exists without caregivers, and add their caregivers afterwards.
    const breaker = pending.find((m) => ready(m.key, false));
    if (!breaker) return { ok: false, cycle: pending.map((m) => m.key) };
    order.push(breaker.key);
    done.add(breaker.key);
    deferCaregivers.push(breaker.key);
  }
  return { ok: true, order, deferCaregivers };
}
