import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { BusyButton } from '../components/busy-button.component.js';
import { ErrorSummary } from '../components/error-summary.component.js';
import { PageHeading } from '../components/page-heading.component.js';
import { problemMessage } from '../components/query-state.component.js';
import { TextInput } from '../components/text-field.component.js';
import { useMe, useSignIn } from '../data/use-session.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useDevice } from './device-context.js';
import { DeviceKeyUnlock } from './device-key-unlock.component.js';

type Mode = 'pin' | 'password' | 'setup';

/**
 * Opens the device store: with the PIN, or with the password when the PIN is forgotten or
 * disabled after too many wrong tries (checked on the device, so it works offline). `setup` is a
 * signed-in session without a store on this device yet: the server checks the password.
 */
export function UnlockPage({ mode: initial }: { mode: Mode }) {
  const { t } = useI18n();
  const me = useMe();
  const device = useDevice();
  const signIn = useSignIn();
  const [mode, setMode] = useState<Mode>(initial);
  const [secret, setSecret] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  // A family account has no password: the server's device secret opens its store (decision 0024).
  const family = me.role === 'family';
  const [withPassword, setWithPassword] = useState(false);
  const fieldId = mode === 'pin' ? 'unlock-pin' : 'unlock-password';

  const fail = (message: string) => {
    setError(message);
    setAttempt((n) => n + 1);
  };

  async function unlock() {
    if (!secret) return fail(t('validation.required'));
    if (mode === 'pin') {
      const result = await device.unlockWithPin(secret);
      if (result.ok) return;
      setSecret('');
      if (result.reason === 'wrong')
        return fail(t('unlock.wrongPin', { count: result.attemptsLeft }));
      setMode('password');
      setNotice(t('unlock.pinDisabled'));
      return fail(t('unlock.pinDisabled'));
    }
    if (mode === 'password') {
      if (!(await device.unlockWithPassword(me, secret))) fail(t('unlock.wrongPassword'));
      return;
    }
    try {
      await signIn.mutateAsync({ username: me.username, password: secret });
    } catch (cause) {
      fail(problemMessage(cause, t));
    }
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    unlock()
      .catch((cause: unknown) => fail(problemMessage(cause, t)))
      .finally(() => setBusy(false));
  };

  if (family && mode !== 'pin' && !withPassword)
    return (
      <DeviceKeyUnlock
        setup={mode === 'setup'}
        pinDisabled={notice !== null}
        onUsePassword={() => {
          setWithPassword(true);
          setError(null);
        }}
      />
    );

  const title = mode === 'setup' ? t('unlock.setupTitle') : t('unlock.title');
  const intro =
    mode === 'setup'
      ? t('unlock.setupIntro')
      : mode === 'pin'
        ? t('unlock.pinIntro', { name: me.displayName })
        : t('unlock.passwordIntro', { name: me.displayName });

  return (
    <div className="narrow">
      <PageHeading title={title}>{title}</PageHeading>
      <p>{intro}</p>
      {notice && mode === 'password' ? <p className="notice notice-warn">{notice}</p> : null}
      <ErrorSummary items={error ? [{ fieldId, message: error }] : []} attempt={attempt} />
      <Form className="form card" onSubmit={submit} validationBehavior="aria">
        {mode === 'pin' ? (
          <TextInput
            key="pin"
            id={fieldId}
            type="password"
            inputMode="numeric"
            autoComplete="off"
            size="short"
            label={t('pin.field')}
            value={secret}
            onChange={setSecret}
            error={error ?? undefined}
            isRequired
          />
        ) : (
          <TextInput
            key="password"
            id={fieldId}
            type="password"
            autoComplete="current-password"
            label={t('auth.password')}
            value={secret}
            onChange={setSecret}
            error={error ?? undefined}
            isRequired
          />
        )}
        <div className="form-actions">
          <BusyButton type="submit" busy={busy} busyLabel={t('unlock.opening')}>
            {mode === 'setup' ? t('unlock.setupSubmit') : t('unlock.submit')}
          </BusyButton>
          {mode === 'pin' ? (
            <Button
              className="button secondary"
              onPress={() => {
                setMode('password');
                setSecret('');
                setError(null);
              }}
            >
              {family ? t('family.unlock.forgotPin') : t('unlock.usePassword')}
            </Button>
          ) : null}
        </div>
      </Form>
    </div>
  );
}
