import { REFERRAL_TRANSITIONS, todayIso, type Referral, type ReferralStatus } from '@birge/domain';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { BusyButton } from '../../components/busy-button.component.js';
import { RadioGroupInput } from '../../components/choice-fields.component.js';
import { ErrorSummary } from '../../components/error-summary.component.js';
import { TextInput } from '../../components/text-field.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { useChangeReferralStatus } from '../../data/use-referrals.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { serverFieldErrors, type FieldErrors } from '../person-form/issues.js';
import { problemLines } from '../plans/problem-lines.js';

/** Problems that mean the referral moved on under the user (someone else recorded a step). */
const MOVED = new Set(['stale_revision', 'referral.transition', 'referral.date_before_previous']);

function movedOn(error: unknown): boolean {
  if (!isRepositoryError(error)) return false;
  return (
    error.status === 409 ||
    MOVED.has(error.code) ||
    error.fieldErrors.some((f) => f.path === 'status' && MOVED.has(f.code))
  );
}

/**
 * The next step of the loop: only the moves `REFERRAL_TRANSITIONS` allows from the current status,
 * each dated (today by default); an appointment day when scheduling; a note, required when
 * declining. Offline or refused, what was typed stays.
 */
export function StepForm({ referral, provider }: { referral: Referral; provider: boolean }) {
  const { t } = useI18n();
  const change = useChangeReferralStatus();
  // Nothing moves back to `sent`: the allowed moves are answers.
  const allowed = REFERRAL_TRANSITIONS[referral.status].filter(
    (s): s is Exclude<ReferralStatus, 'sent'> => s !== 'sent',
  );
  const [status, setStatus] = useState<ReferralStatus | ''>('');
  const [date, setDate] = useState(todayIso());
  const [appointmentOn, setAppointmentOn] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);

  const fail = (fields: FieldErrors, lines: string[]) => {
    setErrors(fields);
    setGeneral(lines);
    setAttempt((n) => n + 1);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    if (!status) return fail({ status: t('validation.required') }, []);
    if (status === 'declined' && !note.trim())
      return fail({ note: t('referrals.step.noteRequired') }, []);
    setSaved(null);
    change.mutate(
      {
        id: referral.id,
        change: {
          status,
          date,
          note: note.trim() || null,
          appointmentOn: status === 'scheduled' ? appointmentOn || null : null,
        },
      },
      {
        onSuccess: () => {
          setSaved(t('referrals.step.saved', { status: t(`referrals.status.${status}`) }));
          setStatus('');
          setNote('');
          setAppointmentOn('');
          setErrors({});
          setGeneral([]);
        },
        onError: (error) => {
          if (isRepositoryError(error) && error.code === 'network')
            return fail({}, [t('referrals.step.offline')]);
          if (movedOn(error))
            return fail({}, [t('referrals.step.moved'), ...problemLines(error, t)]);
          const fields = isRepositoryError(error) ? serverFieldErrors(error.fieldErrors) : {};
          fail(fields, Object.keys(fields).length ? [] : problemLines(error, t));
        },
      },
    );
  };

  const noteLabel =
    status === 'completed'
      ? t('referrals.step.noteCompleted')
      : status === 'declined'
        ? t('referrals.step.noteDeclined')
        : t('referrals.step.note');

  return (
    <>
      {saved ? (
        <p className="notice notice-success" role="status">
          {saved}
        </p>
      ) : null}
      <ErrorSummary
        items={[
          ...Object.entries(errors).map(([path, message]) => ({
            fieldId: `step-${path}`,
            message,
          })),
          ...general.map((message) => ({ message })),
        ]}
        attempt={attempt}
      />
      {allowed.length === 0 ? (
        // Closed: the last step's confirmation stays above.
        <p className="muted">{t('referrals.step.closed')}</p>
      ) : (
        stepFields()
      )}
    </>
  );

  function stepFields() {
    return (
      <>
        {provider ? null : <p className="field-hint">{t('referrals.step.workerHint')}</p>}
        <Form className="form" onSubmit={submit} validationBehavior="aria">
          <RadioGroupInput<ReferralStatus>
            id="step-status"
            label={t('referrals.step.status')}
            options={allowed.map((s) => ({ value: s, label: t(`referrals.action.${s}`) }))}
            value={status}
            onChange={setStatus}
            error={errors.status}
            isRequired
          />
          <TextInput
            id="step-date"
            type="date"
            size="short"
            label={t('referrals.step.date')}
            value={date}
            onChange={setDate}
            error={errors.date}
            isRequired
          />
          {status === 'scheduled' ? (
            <TextInput
              id="step-appointmentOn"
              type="date"
              size="short"
              label={t('referrals.step.appointmentOn')}
              value={appointmentOn}
              onChange={setAppointmentOn}
              error={errors.appointmentOn}
              isRequired
            />
          ) : null}
          <TextInput
            id="step-note"
            label={noteLabel}
            value={note}
            onChange={setNote}
            error={errors.note}
            multiline
            isRequired={status === 'declined'}
          />
          <div className="form-actions">
            <BusyButton
              type="submit"
              busy={change.isPending}
              busyLabel={t('referrals.step.saving')}
            >
              {t('referrals.step.save')}
            </BusyButton>
          </div>
        </Form>
      </>
    );
  }
}
