import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n-context.js';

/**
 * A button that stays focusable while its work runs (so focus is not lost), says what is going on,
 * and ignores further presses. Forms check `busy` in their submit handler too.
 */
export function BusyButton({
  busy,
  busyLabel,
  children,
  className = 'button primary',
  type = 'button',
  onPress,
}: {
  busy: boolean;
  busyLabel: string;
  children: ReactNode;
  className?: string;
  type?: 'button' | 'submit';
  onPress?: () => void;
}) {
  return (
    <>
      <Button
        type={type}
        className={className}
        aria-disabled={busy || undefined}
        data-busy={busy || undefined}
        onPress={busy ? undefined : onPress}
      >
        {busy ? (
          <>
            <span className="spinner spinner-small" aria-hidden="true" />
            {busyLabel}
          </>
        ) : (
          children
        )}
      </Button>
      <span className="visually-hidden" role="status">
        {busy ? busyLabel : ''}
      </span>
    </>
  );
}

/** A form's submit button, busy while saving, with a way back that saves nothing. */
export function SubmitOrCancel({
  busy,
  label,
  cancelTo,
}: {
  busy: boolean;
  label: string;
  cancelTo: string;
}) {
  const { t } = useI18n();
  return (
    <div className="form-actions">
      <BusyButton type="submit" busy={busy} busyLabel={t('status.saving')}>
        {label}
      </BusyButton>
      <Link to={cancelTo} className="button secondary">
        {t('action.cancel')}
      </Link>
    </div>
  );
}
