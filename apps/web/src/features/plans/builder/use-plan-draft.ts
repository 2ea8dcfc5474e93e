import { useCallback, useEffect, useState } from 'react';
import { useMe } from '../../../data/use-session.js';
import { clearDraft, draftKey, loadDraft, saveDraft } from '../../assessments/draft-storage.js';
import { isPlanDraft, type PlanDraft } from './plan-draft.js';

/**
 * The builder's draft, mirrored to sessionStorage on every change under the assessments' draft
 * prefix (so sign-out clears it with them): a reload or a lost session mid-plan loses nothing.
 */
export function usePlanDraft(scope: string, initial: () => PlanDraft) {
  const me = useMe();
  const key = draftKey(me.id, `plan.${scope}`);
  const [state, setState] = useState(() => {
    const stored = loadDraft(key, isPlanDraft);
    return { draft: stored ?? initial(), restored: stored !== null };
  });
  useEffect(() => saveDraft(key, state.draft), [key, state.draft]);
  const update = useCallback(
    (change: (draft: PlanDraft) => PlanDraft) =>
      setState((s) => ({ ...s, draft: change(s.draft) })),
    [],
  );
  const discard = useCallback(() => {
    clearDraft(key);
    setState({ draft: initial(), restored: false });
  }, [key, initial]);
  const forget = useCallback(() => clearDraft(key), [key]);
  return { draft: state.draft, restored: state.restored, update, discard, forget };
}
