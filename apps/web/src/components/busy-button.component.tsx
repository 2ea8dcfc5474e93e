import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';

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
