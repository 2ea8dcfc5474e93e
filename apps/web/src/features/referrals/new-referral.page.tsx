import {
  REFERRAL_SHARES,
  REFERRAL_URGENCIES,
  todayIso,
  type CbrElementId,
  type Household,
  type Organization,
  type Person,
  type ReferralShare,
  type ReferralUrgency,
} from '@birge/domain';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Link, useNavigate, useParams } from 'react-router';
import { SubmitOrCancel } from '../../components/busy-button.component.js';
import { CheckboxGroupInput, RadioGroupInput } from '../../components/choice-fields.component.js';
import { ErrorSummary } from '../../components/error-summary.component.js';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { TextInput } from '../../components/text-field.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { useCreateReferral } from '../../data/use-referrals.js';
import { useHousehold, usePerson } from '../../data/use-registry.js';
import { fullName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { serverFieldErrors, type FieldErrors } from '../person-form/issues.js';
import { CbrElementsField } from '../plans/builder/cbr-elements-field.component.js';
import { problemLines } from '../plans/problem-lines.js';
import { NotFoundPage } from '../system/not-found.page.js';
import { OrganizationPicker } from './organization-picker.component.js';
import { canRefer } from './referral-consent.js';
import './referrals.css';

/** `/persons/:personId/referrals/new`: refer the person to a service of the directory. */
export function NewReferralPage() {
  const { personId = '' } = useParams();
  const person = usePerson(personId);
  const household = useHousehold(person.data?.householdId ?? '');
  if (person.isPending) return <Loading />;
  if (person.isError) {
    if (isRepositoryError(person.error) && person.error.status === 404) return <NotFoundPage />;
    return <LoadError error={person.error} onRetry={() => void person.refetch()} />;
  }
  return <ReferralForm person={person.data} household={household.data ?? null} />;
}

interface Draft {
  organization: Organization | null;
  reason: string;
  elements: CbrElementId[];
  urgency: ReferralUrgency;
  shared: ReferralShare[];
  sentOn: string;
  note: string;
}

function ReferralForm({ person, household }: { person: Person; household: Household | null }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useCreateReferral();
  const [d, setD] = useState<Draft>({
    organization: null,
    reason: '',
    elements: [],
    urgency: 'routine',
    shared: [],
    sentOn: todayIso(),
    note: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const set = (change: Partial<Draft>) => setD((x) => ({ ...x, ...change }));
  const name = fullName(person);
  const title = t('referrals.new.title', { name });
  const back = `/persons/${person.id}`;
  const allowed = canRefer(person);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    if (!d.organization) {
      setErrors({ organizationId: t('referrals.org.required') });
      setGeneral([]);
      setAttempt((n) => n + 1);
      return;
    }
    create.mutate(
      {
        personId: person.id,
        organizationId: d.organization.id,
        reason: d.reason,
        elements: d.elements,
        urgency: d.urgency,
        shared: d.shared,
        sentOn: d.sentOn,
        note: d.note.trim() || null,
      },
      {
        onSuccess: (referral) =>
          void navigate(`/referrals/${referral.id}`, {
            state: {
              flash: t(referral.rev === 0 ? 'referrals.savedOffline' : 'referrals.savedOnline'),
            },
          }),
        onError: (error) => {
          const fields = isRepositoryError(error) ? serverFieldErrors(error.fieldErrors) : {};
          // The person's consent is not a field of this form: say it at the top.
          const { personId: consent, ...rest } = fields;
          setErrors(rest);
          setGeneral(
            Object.keys(rest).length ? (consent ? [consent] : []) : problemLines(error, t),
          );
          setAttempt((n) => n + 1);
        },
      },
    );
  };

  return (
    <div className="referrals-area">
      <p className="breadcrumb">
        <Link to={back}>{name}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {!allowed ? (
        <div className="notice notice-warn">
          <p>{t('referrals.noConsent')}</p>
          <p>
            <Link to={`/persons/${person.id}/consents/new`} className="button primary">
              {t('referrals.noConsent.link')}
            </Link>
          </p>
        </div>
      ) : null}
      <ErrorSummary
        items={[
          ...Object.entries(errors).map(([path, message]) => ({
            fieldId: `referral-${path}`,
            message,
          })),
          ...general.map((message) => ({ message })),
        ]}
        attempt={attempt}
      />
      <Form className="form" onSubmit={submit} validationBehavior="aria">
        <OrganizationPicker
          id="referral-organizationId"
          placeCode={household?.placeCode ?? null}
          chosen={d.organization}
          onChoose={(organization) => set({ organization })}
          error={errors.organizationId}
        />
        <TextInput
          id="referral-reason"
          label={t('referrals.reason')}
          description={t('referrals.reasonHint')}
          value={d.reason}
          onChange={(reason) => set({ reason })}
          error={errors.reason}
          multiline
          isRequired
        />
        <CbrElementsField
          id="referral-elements"
          value={d.elements}
          onChange={(elements) => set({ elements })}
          error={errors.elements}
        />
        <RadioGroupInput<ReferralUrgency>
          id="referral-urgency"
          label={t('referrals.urgency')}
          options={REFERRAL_URGENCIES.map((u) => ({
            value: u,
            label: t(`referrals.urgency.${u}`),
          }))}
          value={d.urgency}
          onChange={(urgency) => set({ urgency })}
          error={errors.urgency}
          isRequired
        />
        <CheckboxGroupInput<ReferralShare>
          id="referral-shared"
          label={t('referrals.shared')}
          description={allowed ? t('referrals.sharedHint') : t('referrals.sharedDisabled')}
          options={REFERRAL_SHARES.map((s) => ({
            value: s,
            label: `${t(`referrals.share.${s}`)}: ${t(`referrals.share.${s}Hint`)}`,
          }))}
          value={d.shared}
          onChange={(shared) => set({ shared })}
          error={errors.shared}
          isDisabled={!allowed}
        />
        <TextInput
          id="referral-sentOn"
          type="date"
          size="short"
          label={t('referrals.sentOn')}
          value={d.sentOn}
          onChange={(sentOn) => set({ sentOn })}
          error={errors.sentOn}
          isRequired
        />
        <TextInput
          id="referral-note"
          label={t('referrals.note')}
          value={d.note}
          onChange={(note) => set({ note })}
          error={errors.note}
          multiline
        />
        {allowed ? (
          <SubmitOrCancel busy={create.isPending} label={t('referrals.send')} cancelTo={back} />
        ) : (
          <p>
            <Link to={back}>{t('referrals.backToPerson')}</Link>
          </p>
        )}
      </Form>
    </div>
  );
}
