import { todayIso, type Consent } from '@birge/domain';
import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { ConfirmDialog } from '../../components/confirm-dialog.component.js';
import { problemMessage } from '../../components/query-state.component.js';
import { TextInput } from '../../components/text-field.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { useWithdrawConsent } from '../../data/use-registry.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { serverFieldErrors, type FieldErrors } from '../person-form/issues.js';
import { BusyButton } from '../../components/busy-button.component.js';

/** Asks before withdrawing: withdrawal erases all but the minimal record. */
export function WithdrawConsentDialog({
  consent,
  onClose,
  onDone,
}: {
  consent: Consent | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const withdraw = useWithdrawConsent();
  const [withdrawnOn, setWithdrawnOn] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!consent || withdraw.isPending) return;
    if (!withdrawnOn) {
      setErrors({ withdrawnOn: t('validation.required') });
      return;
    }
    withdraw.mutate(
      { consentId: consent.id, withdrawal: { withdrawnOn, reason: reason.trim() || null } },
      {
        onSuccess: () => {
          setErrors({});
          onDone();
        },
        onError: (error) =>
          setErrors(isRepositoryError(error) ? serverFieldErrors(error.fieldErrors) : {}),
      },
    );
  };

  const general =
    withdraw.error && !Object.keys(errors).length ? problemMessage(withdraw.error, t) : null;

  return (
    <ConfirmDialog
      isOpen={consent !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={t('consent.withdraw')}
    >
      <p>{t('consent.withdrawConfirm')}</p>
      {general ? (
        <p className="notice notice-error" role="alert">
          {general}
        </p>
      ) : null}
      <Form onSubmit={submit} validationBehavior="aria" className="form">
        <TextInput
          id="withdraw-withdrawnOn"
          type="date"
          size="short"
          label={t('consent.withdrawnOn')}
          value={withdrawnOn}
          onChange={setWithdrawnOn}
          error={errors.withdrawnOn}
          isRequired
        />
        <TextInput
          id="withdraw-reason"
          label={t('consent.withdrawalReason')}
          value={reason}
          onChange={setReason}
          error={errors.reason}
          multiline
        />
        <div className="dialog-actions">
          <BusyButton
            type="submit"
            className="button danger"
            busy={withdraw.isPending}
            busyLabel={t('status.saving')}
          >
            {t('consent.withdraw')}
          </BusyButton>
          <Button className="button secondary" onPress={onClose}>
            {t('action.cancel')}
          </Button>
        </div>
      </Form>
    </ConfirmDialog>
  );
}
