import { todayIso, type Household, type Person } from '@birge/domain';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useNavigate, useParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary.component.js';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError, problemMessage } from '../../components/query-state.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { useAddConsent, useHousehold, usePerson } from '../../data/use-registry.js';
import { fullName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { checkConsent, newConsentDraft } from '../person-form/consent-draft.js';
import { ConsentFields } from '../person-form/consent-fields.form.js';
import { summaryItems } from '../person-form/field-labels.js';
import { serverFieldErrors, toFieldErrors, type FieldErrors } from '../person-form/issues.js';
import { memberOptions } from '../person-form/member-options.js';
import { NotFoundPage } from '../system/not-found.page.js';
import { SubmitOrCancel } from '../../components/busy-button.component.js';

const PREFIX = 'c-';

function ConsentForm({ person, household }: { person: Person; household: Household | undefined }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const add = useAddConsent(person.id);
  const today = todayIso();
  const [draft, setDraft] = useState(() => newConsentDraft(today));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const representatives = memberOptions(household?.members ?? [], person.id, { adultsOnly: true });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const checked = checkConsent(draft, {
      birthDate: person.birthDate,
      today,
      representativeIds: representatives.map((r) => r.value),
    });
    if (!checked.ok) {
      setErrors(toFieldErrors(checked.codes, t));
      setGeneral(null);
      setAttempt((n) => n + 1);
      return;
    }
    add.mutate(checked.value, {
      onSuccess: () =>
        void navigate(`/persons/${person.id}`, { state: { flash: t('consent.recorded') } }),
      onError: (error) => {
        const fields = isRepositoryError(error) ? serverFieldErrors(error.fieldErrors) : {};
        setErrors(fields);
        setGeneral(Object.keys(fields).length ? null : problemMessage(error, t));
        setAttempt((n) => n + 1);
      },
    });
  };

  const items = [
    ...(general ? [{ message: general }] : []),
    ...summaryItems(errors, { kind: 'consent', idPrefix: PREFIX, t }),
  ];

  return (
    <>
      <ErrorSummary items={items} attempt={attempt} />
      <p className="lead">{t('consent.intro')}</p>
      <Form className="form card" onSubmit={submit} validationBehavior="aria">
        <ConsentFields
          draft={draft}
          onChange={setDraft}
          errors={errors}
          idPrefix={PREFIX}
          birthDate={person.birthDate}
          today={today}
          representatives={representatives}
        />
        <SubmitOrCancel
          busy={add.isPending}
          label={t('consent.add')}
          cancelTo={`/persons/${person.id}`}
        />
      </Form>
    </>
  );
}

export function ConsentNewPage() {
  const { personId = '' } = useParams();
  const { t } = useI18n();
  const person = usePerson(personId);
  const household = useHousehold(person.data?.householdId ?? '');
  if (person.isPending) return <Loading />;
  if (person.isError) {
    if (isRepositoryError(person.error) && person.error.status === 404) return <NotFoundPage />;
    return <LoadError error={person.error} onRetry={() => void person.refetch()} />;
  }
  const title = t('wizard.consentFor', { name: fullName(person.data) });
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <ConsentForm person={person.data} household={household.data} />
    </>
  );
}
