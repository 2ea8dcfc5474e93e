import { useState } from 'react';
import { Button } from 'react-aria-components';
import { BusyButton } from '../components/busy-button.component.js';
import { PageHeading } from '../components/page-heading.component.js';
import { problemMessage } from '../components/query-state.component.js';
import { isRepositoryError } from '../data/repository-error.js';
import { useRepository } from '../data/repository-context.js';
import { useMe } from '../data/use-session.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useDevice } from './device-context.js';

/**
 * A family account has no password (decision 0024): where a worker types theirs, the phone asks
 * the server for the account's device secret (`GET /auth/device-key`, with the session) and
 * opens — or, the first time, makes — the store with it. So a forgotten or disabled PIN needs
 * the internet; a family member who signed in with a password (the demo account) can use it.
 */
export function DeviceKeyUnlock({
  setup,
  pinDisabled,
  onUsePassword,
}: {
  setup: boolean;
  pinDisabled: boolean;
  onUsePassword: () => void;
}) {
  const { t } = useI18n();
  const me = useMe();
  const device = useDevice();
  const repository = useRepository();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [wrongKey, setWrongKey] = useState(false);

  async function open() {
    const key = await repository.deviceKey();
    if (await device.unlockWithPassword(me, key)) return;
    // The store was made when this account signed in with a password.
    setWrongKey(true);
    setError(t('family.unlock.notThisKey'));
  }

  const press = () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    open()
      .catch((cause: unknown) =>
        setError(
          isRepositoryError(cause) && cause.code === 'network'
            ? t('family.unlock.offline')
            : problemMessage(cause, t),
        ),
      )
      .finally(() => setBusy(false));
  };

  const title = setup ? t('unlock.setupTitle') : t('unlock.title');
  return (
    <div className="narrow">
      <PageHeading title={title}>{title}</PageHeading>
      {pinDisabled ? <p className="notice notice-warn">{t('family.unlock.pinDisabled')}</p> : null}
      <p>
        {setup
          ? t('family.unlock.setupIntro', { name: me.displayName })
          : t('family.unlock.intro', { name: me.displayName })}
      </p>
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="form-actions">
        <BusyButton busy={busy} busyLabel={t('unlock.opening')} onPress={press}>
          {setup ? t('unlock.setupSubmit') : t('unlock.submit')}
        </BusyButton>
        {setup && !wrongKey ? null : (
          <Button className="button secondary" onPress={onUsePassword}>
            {t('family.unlock.usePassword')}
          </Button>
        )}
      </div>
    </div>
  );
}
