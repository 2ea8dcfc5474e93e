import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Link } from 'react-router';
import { BusyButton } from '../components/busy-button.component.js';
import { ErrorSummary, type SummaryItem } from '../components/error-summary.component.js';
import { PageHeading } from '../components/page-heading.component.js';
import { TextInput } from '../components/text-field.component.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useDevice } from './device-context.js';
import { MIN_PIN_LENGTH, pinProblem, RECOMMENDED_PIN_LENGTH } from './vault.js';

/**
 * The PIN that opens the store offline: set after the first sign-in on a device, or changed later
 * from the sync page (`change`), while the store is open.
 */
export function PinSetupPage({ change = false }: { change?: boolean }) {
  const { t } = useI18n();
  const [changed, setChanged] = useState(false);
  const device = useDevice();
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<{ pin?: string; again?: string }>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const problem = pinProblem(pin);
    const next = {
      ...(problem ? { pin: t(problem, { min: MIN_PIN_LENGTH }) } : {}),
      ...(!problem && pin !== again ? { again: t('pin.mismatch') } : {}),
    };
    setErrors(next);
    if (next.pin || next.again) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    setChanged(false);
    device
      .setPin(pin)
      .then(() => {
        if (!change) return;
        setChanged(true);
        setPin('');
        setAgain('');
      })
      .catch((cause: unknown) => {
        console.error('Setting the PIN failed', cause);
        setErrors({ pin: t('pin.failed') });
        setAttempt((n) => n + 1);
      })
      .finally(() => setBusy(false));
  };

  const summary: SummaryItem[] = [
    ...(errors.pin ? [{ fieldId: 'pin-new', message: `${t('pin.field')}: ${errors.pin}` }] : []),
    ...(errors.again
      ? [{ fieldId: 'pin-again', message: `${t('pin.again')}: ${errors.again}` }]
      : []),
  ];

  return (
    <div className="narrow">
      <PageHeading title={t(change ? 'pin.changeTitle' : 'pin.setupTitle')}>
        {t(change ? 'pin.changeTitle' : 'pin.setupTitle')}
      </PageHeading>
      <p>{t(change ? 'pin.changeIntro' : 'pin.setupIntro')}</p>
      <p role="status" className={changed ? 'notice notice-success' : 'visually-hidden'}>
        {changed ? t('pin.changed') : ''}
      </p>
      {changed ? (
        <p>
          <Link to="/sync">{t('pin.backToSync')}</Link>
        </p>
      ) : null}
      <ErrorSummary items={summary} attempt={attempt} />
      <Form className="form card" onSubmit={submit} validationBehavior="aria">
        <TextInput
          id="pin-new"
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          size="short"
          label={t('pin.field')}
          description={t('pin.hint', { min: MIN_PIN_LENGTH, recommended: RECOMMENDED_PIN_LENGTH })}
          value={pin}
          onChange={setPin}
          error={errors.pin}
          isRequired
        />
        <TextInput
          id="pin-again"
          type="password"
          inputMode="numeric"
          autoComplete="new-password"
          size="short"
          label={t('pin.again')}
          value={again}
          onChange={setAgain}
          error={errors.again}
          isRequired
        />
        <div className="form-actions">
          <BusyButton type="submit" busy={busy} busyLabel={t('status.saving')}>
            {t('pin.save')}
          </BusyButton>
        </div>
      </Form>
    </div>
  );
}
