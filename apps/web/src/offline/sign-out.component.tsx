import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useNavigate } from 'react-router';
import { BusyButton } from '../components/busy-button.component.js';
import { ConfirmDialog } from '../components/confirm-dialog.component.js';
import { useSignOut } from '../data/use-session.js';
import { clearWizardDraft } from '../features/wizard/wizard-storage.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useDevice } from './device-context.js';

/**
 * Signing out removes the device store, so it first sends what it can; anything that stays
 * unsent is named and the user confirms before it is lost.
 */
export function SignOutButton() {
  const { t } = useI18n();
  const device = useDevice();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [checking, setChecking] = useState(false);
  const [unsent, setUnsent] = useState(0);

  const leave = () => {
    setUnsent(0);
    clearWizardDraft();
    signOut.mutate(undefined, {
      onSettled: () => {
        client.clear();
        void navigate('/sign-in', { state: { signedOut: true } });
      },
    });
  };

  const start = () => {
    setChecking(true);
    device
      .prepareSignOut()
      .then(({ unsent: left }) => {
        if (left > 0) setUnsent(left);
        else leave();
      })
      .catch((cause: unknown) => {
        console.error('Sync before sign-out failed', cause);
        setUnsent(1);
      })
      .finally(() => setChecking(false));
  };

  return (
    <>
      <BusyButton
        className="button secondary small"
        busy={checking || signOut.isPending}
        busyLabel={t('signOut.sending')}
        onPress={start}
      >
        {t('nav.signOut')}
      </BusyButton>
      <ConfirmDialog
        isOpen={unsent > 0}
        onOpenChange={(open) => {
          if (!open) setUnsent(0);
        }}
        title={t('signOut.unsentTitle')}
      >
        <p>{t('signOut.unsentText', { count: unsent })}</p>
        <div className="form-actions">
          <Button className="button danger" onPress={leave}>
            {t('signOut.confirm')}
          </Button>
          <Button className="button secondary" slot="close" onPress={() => setUnsent(0)}>
            {t('signOut.stay')}
          </Button>
        </div>
      </ConfirmDialog>
    </>
  );
}
