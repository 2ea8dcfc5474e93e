import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { BusyButton } from '../../components/busy-button.component.js';
import { SelectInput } from '../../components/choice-fields.component.js';
import { ConfirmDialog } from '../../components/confirm-dialog.component.js';
import { Loading, LoadError, problemMessage } from '../../components/query-state.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useCaseloadWorkers, useChangeAssignment } from './use-supervision.js';

export interface AssignmentTarget {
  id: string;
  address: string;
  /** Who holds the household now. */
  current: { id: string; name: string } | null;
}

/**
 * Assign, reassign or unassign a household: choose a worker of the supervisor's places, then
 * confirm a sentence that says where the household goes and that it leaves the previous worker's
 * phone at their next sync.
 */
export function AssignmentDialog({
  household,
  onClose,
  onDone,
}: {
  household: AssignmentTarget | null;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useI18n();
  return (
    <ConfirmDialog
      isOpen={household !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={t('supervision.assign.title')}
      alert={false}
    >
      {household ? (
        <AssignmentSteps household={household} onClose={onClose} onDone={onDone} />
      ) : null}
    </ConfirmDialog>
  );
}

function AssignmentSteps({
  household,
  onClose,
  onDone,
}: {
  household: AssignmentTarget;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useI18n();
  const workers = useCaseloadWorkers();
  const change = useChangeAssignment(household.id);
  const [workerId, setWorkerId] = useState('');
  const [missing, setMissing] = useState(false);
  /** undefined: still choosing; null: confirming an unassignment; a worker: confirming the move. */
  const [target, setTarget] = useState<{ id: string; name: string } | null | undefined>();
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const { current, address } = household;

  useEffect(() => {
    if (target !== undefined) confirmRef.current?.focus();
  }, [target]);

  if (workers.isPending) return <Loading />;
  if (workers.isError)
    return <LoadError error={workers.error} onRetry={() => void workers.refetch()} />;

  const options = workers.data
    .filter((worker) => worker.id !== current?.id)
    .map((worker) => ({
      value: worker.id,
      label: t('supervision.assign.option', { name: worker.name, count: worker.households }),
    }));

  const next = () => {
    const worker = workers.data.find((w) => w.id === workerId);
    if (!worker) {
      setMissing(true);
      return;
    }
    change.reset();
    setTarget({ id: worker.id, name: worker.name });
  };

  const confirm = () => {
    if (target === undefined || change.isPending) return;
    change.mutate(target?.id ?? null, {
      onSuccess: () =>
        onDone(
          target
            ? t('supervision.assign.done', { address, name: target.name })
            : t('supervision.assign.unassigned', { address }),
        ),
    });
  };

  const failure = change.error
    ? isRepositoryError(change.error) && change.error.fieldErrors.length
      ? change.error.fieldErrors.map((e) => e.message).join(' ')
      : problemMessage(change.error, t)
    : null;

  if (target !== undefined)
    return (
      <>
        <p ref={confirmRef} tabIndex={-1} className="confirm-move">
          {target
            ? current
              ? t('supervision.assign.confirmMove', {
                  address,
                  from: current.name,
                  to: target.name,
                })
              : t('supervision.assign.confirmAssign', { address, to: target.name })
            : t('supervision.assign.confirmUnassign', { address, from: current?.name ?? '' })}
        </p>
        <div className="notice notice-info">
          <p>
            {current
              ? t('supervision.assign.leavesPhone', { from: current.name })
              : t('supervision.assign.noPreviousPhone')}
          </p>
          {target ? <p>{t('supervision.assign.reachesPhone', { to: target.name })}</p> : null}
        </div>
        {failure ? (
          <p className="notice notice-error" role="alert">
            {failure}
          </p>
        ) : null}
        <div className="dialog-actions">
          <BusyButton
            className={target ? 'button primary' : 'button danger'}
            busy={change.isPending}
            busyLabel={t('status.saving')}
            onPress={confirm}
          >
            {target
              ? t('supervision.assign.confirmButton')
              : t('supervision.assign.unassignButton')}
          </BusyButton>
          <Button className="button secondary" onPress={() => setTarget(undefined)}>
            {t('action.back')}
          </Button>
        </div>
      </>
    );

  return (
    <>
      <p>
        {current
          ? t('supervision.assign.current', { address, name: current.name })
          : t('supervision.assign.currentNone', { address })}
      </p>
      {options.length ? (
        <SelectInput
          id="assign-worker"
          label={current ? t('supervision.assign.newWorker') : t('supervision.assign.worker')}
          options={options}
          value={workerId}
          onChange={(value) => {
            setWorkerId(value);
            setMissing(false);
          }}
          error={missing ? t('supervision.assign.chooseWorker') : undefined}
          isRequired
          allowEmpty={false}
        />
      ) : (
        <p className="notice notice-warn">{t('supervision.assign.noOtherWorkers')}</p>
      )}
      <div className="dialog-actions">
        {options.length ? (
          <Button className="button primary" onPress={next}>
            {t('action.next')}
          </Button>
        ) : null}
        {current ? (
          <Button
            className="button secondary"
            onPress={() => {
              change.reset();
              setTarget(null);
            }}
          >
            {t('supervision.assign.unassign')}
          </Button>
        ) : null}
        <Button className="button secondary" onPress={onClose}>
          {t('action.cancel')}
        </Button>
      </div>
    </>
  );
}
