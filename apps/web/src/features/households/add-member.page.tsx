import { todayIso, type Household } from '@birge/domain';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Link, useNavigate, useParams } from 'react-router';
import { v7 as uuidv7 } from 'uuid';
import { ErrorSummary } from '../../components/error-summary.component.js';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { useCreatePerson, useHousehold } from '../../data/use-registry.js';
import { fullName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { checkConsent, newConsentDraft } from '../person-form/consent-draft.js';
import { ConsentFields } from '../person-form/consent-fields.form.js';
import { DuplicateDialog } from '../person-form/duplicate-dialog.component.js';
import { summaryItems } from '../person-form/field-labels.js';
import { toFieldErrors, type FieldCode } from '../person-form/issues.js';
import { memberOptions } from '../person-form/member-options.js';
import { checkPerson, emptyPersonDraft } from '../person-form/person-draft.js';
import { PersonFields } from '../person-form/person-fields.form.js';
import {
  fieldProblem,
  personProblem,
  splitConsentErrors,
  type PersonProblem,
} from '../person-form/person-problem.js';
import { NotFoundPage } from '../system/not-found.page.js';
import { SubmitOrCancel } from '../../components/busy-button.component.js';

const PREFIX = 'p-';

function AddMemberForm({ household }: { household: Household }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useCreatePerson();
  const today = todayIso();
  // Made once, so sending again after an error cannot register the person twice.
  const [id] = useState(() => uuidv7());
  const [person, setPerson] = useState(emptyPersonDraft);
  const [consent, setConsent] = useState(() => newConsentDraft(today));
  const [problem, setProblem] = useState<PersonProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const representatives = memberOptions(household.members, null, { adultsOnly: true });
  const consented = consent.decision !== 'skip';

  const save = (confirmNotDuplicate: boolean) => {
    if (create.isPending) return;
    const checkedPerson = checkPerson(person, { consented, today });
    const checkedConsent = consented
      ? checkConsent(consent, {
          birthDate: person.birthDate,
          today,
          representativeIds: representatives.map((r) => r.value),
        })
      : null;
    const codes: FieldCode[] = [
      ...checkedPerson.codes,
      ...(checkedConsent?.codes ?? []).map((c) => ({ ...c, path: `consent.${c.path}` })),
    ];
    if (!checkedPerson.ok || (checkedConsent && !checkedConsent.ok)) {
      setProblem(fieldProblem(toFieldErrors(codes, t)));
      setAttempt((n) => n + 1);
      return;
    }
    create.mutate(
      {
        id,
        householdId: household.id,
        ...checkedPerson.value,
        ...(checkedConsent?.ok ? { consent: checkedConsent.value } : {}),
        confirmNotDuplicate,
      },
      {
        onSuccess: () =>
          void navigate(`/households/${household.id}`, { state: { flash: t('person.created') } }),
        onError: (error) => {
          setProblem(personProblem(error, t('problem.internal')));
          setAttempt((n) => n + 1);
        },
      },
    );
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save(false);
  };

  const errors = splitConsentErrors(problem?.errors ?? {});
  const items = [
    ...(problem?.general ? [{ message: problem.general }] : []),
    ...summaryItems(problem?.errors ?? {}, { kind: 'person', idPrefix: PREFIX, t }),
  ];

  return (
    <>
      <ErrorSummary items={items} attempt={attempt} />
      {problem?.existingPersonId ? (
        <p className="notice notice-warn">
          {t('person.duplicateIin')}{' '}
          <Link to={`/persons/${problem.existingPersonId}`}>{t('person.openExisting')}</Link>
        </p>
      ) : null}
      <Form className="form" onSubmit={submit} validationBehavior="aria">
        <fieldset className="card member-block">
          <legend className="member-legend">{t('household.addMember')}</legend>
          <PersonFields
            draft={person}
            onChange={setPerson}
            errors={errors.person}
            idPrefix={PREFIX}
            caregiverPeople={memberOptions(household.members, null)}
          />
        </fieldset>
        <fieldset className="card member-block">
          <legend className="member-legend">{t('consent.title')}</legend>
          <p className="lead">{t('consent.intro')}</p>
          <ConsentFields
            draft={consent}
            onChange={setConsent}
            errors={errors.consent}
            idPrefix={`${PREFIX}consent.`}
            birthDate={person.birthDate}
            today={today}
            representatives={representatives}
            allowSkip
          />
        </fieldset>
        <SubmitOrCancel
          busy={create.isPending}
          label={t('action.save')}
          cancelTo={`/households/${household.id}`}
        />
      </Form>
      <DuplicateDialog
        candidates={problem?.candidates ?? null}
        personName={fullName(person)}
        onConfirm={() => {
          setProblem(null);
          save(true);
        }}
        onCancel={() => setProblem(null)}
      />
    </>
  );
}

export function AddMemberPage() {
  const { householdId = '' } = useParams();
  const { t } = useI18n();
  const household = useHousehold(householdId);
  if (household.isPending) return <Loading />;
  if (household.isError) {
    if (isRepositoryError(household.error) && household.error.status === 404)
      return <NotFoundPage />;
    return <LoadError error={household.error} onRetry={() => void household.refetch()} />;
  }
  const title = t('household.addMember');
  return (
    <>
      <p className="breadcrumb">
        <Link to={`/households/${household.data.id}`}>
          {t('household.title', { address: household.data.address })}
        </Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      <AddMemberForm household={household.data} />
    </>
  );
}
