import type { Plan, PlanStatus } from '@birge/domain';
import { Button } from 'react-aria-components';
import { BusyButton } from '../../components/busy-button.component.js';
import { ConfirmDialog } from '../../components/confirm-dialog.component.js';
import { useChangePlanStatus } from '../../data/use-plans.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { problemLines } from './problem-lines.js';

/** Asks before a plan is completed or cancelled: a closed plan no longer changes. */
export function PlanStatusDialog({
  plan,
  status,
  onClose,
  onDone,
}: {
  plan: Plan;
  status: Extract<PlanStatus, 'completed' | 'cancelled'> | null;
  onClose: () => void;
  onDone: (status: PlanStatus) => void;
}) {
  const { t } = useI18n();
  const change = useChangePlanStatus();
  const confirm = () => {
    if (!status || change.isPending) return;
    change.mutate(
      { id: plan.id, change: { status, rev: Math.max(1, plan.rev) } },
      { onSuccess: () => onDone(status) },
    );
  };
  return (
    <ConfirmDialog
      isOpen={status !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={status === 'completed' ? t('plan.complete.title') : t('plan.cancel.title')}
    >
      <p>{t('plan.close.confirm')}</p>
      {change.error ? (
        <div className="notice notice-error" role="alert">
          {problemLines(change.error, t).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      ) : null}
      <div className="dialog-actions plans-area">
        <BusyButton
          className={status === 'cancelled' ? 'button danger' : 'button primary'}
          busy={change.isPending}
          busyLabel={t('status.saving')}
          onPress={confirm}
        >
          {status === 'completed' ? t('plan.complete.action') : t('plan.cancel.action')}
        </BusyButton>
        <Button className="button secondary" onPress={onClose}>
          {t('action.back')}
        </Button>
      </div>
    </ConfirmDialog>
  );
}
