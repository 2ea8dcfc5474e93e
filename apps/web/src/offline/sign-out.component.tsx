import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useNavigate } from 'react-router';
import { BusyButton } from '../components/busy-button.component.js';
import { useSignOut } from '../data/use-session.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useDevice } from './device-context.js';

// The dialog (and React Aria's modal code) loads only when there is something to ask.
const SignOutDialog = lazy(async () => ({
  default: (await import('./sign-out-dialog.component.js')).SignOutDialog,
}));

/**
 * Drafts in the tab (registration, assessments) go with the session. Their code loads when the
 * user signs out, not with the first screen (decision 0013); should it fail to load, the whole
 * tab's storage is cleared instead.
 */
async function clearDrafts(): Promise<void> {
  try {
    const [wizard, assessments] = await Promise.all([
      import('../features/wizard/wizard-storage.js'),
      import('../features/assessments/draft-storage.js'),
    ]);
    wizard.clearWizardDraft();
    assessments.clearAssessmentDrafts();
  } catch (cause) {
    console.error('Could not load the drafts’ code; clearing the tab’s storage', cause);
    window.sessionStorage.clear();
  }
}

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
    void clearDrafts().then(() =>
      signOut.mutate(undefined, {
        onSettled: () => {
          client.clear();
          void navigate('/sign-in', { state: { signedOut: true } });
        },
      }),
    );
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
      {unsent > 0 ? (
        <Suspense fallback={null}>
          <SignOutDialog unsent={unsent} onLeave={leave} onStay={() => setUnsent(0)} />
        </Suspense>
      ) : null}
    </>
  );
}
