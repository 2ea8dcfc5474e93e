import { todayIso } from '@birge/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../../data/query-keys.js';
import { useRepository } from '../../data/repository-context.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { submitRegistration } from './submit-registration.js';
import type { WizardAction, WizardState } from './wizard-state.js';

export function useSubmitRegistration(dispatch: (action: WizardAction) => void) {
  const repository = useRepository();
  const { t } = useI18n();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (state: WizardState) =>
      submitRegistration(state, { repository, t, today: todayIso(), onProgress: dispatch }),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.households }),
  });
}
