import { todayIso, type Household, type Person } from '@birge/domain';
import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary.component.js';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { useHousehold, usePerson, useUpdatePerson } from '../../data/use-registry.js';
import { fullName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { DuplicateDialog } from '../person-form/duplicate-dialog.component.js';
import { summaryItems } from '../person-form/field-labels.js';
import { toFieldErrors } from '../person-form/issues.js';
import { memberOptions } from '../person-form/member-options.js';
import { checkPerson, personToDraft } from '../person-form/person-draft.js';
import { PersonFields } from '../person-form/person-fields.form.js';
import { fieldProblem, personProblem, type PersonProblem } from '../person-form/person-problem.js';
import { NotFoundPage } from '../system/not-found.page.js';
import { SubmitOrCancel } from '../../components/busy-button.component.js';

const PREFIX = 'p-';

function PersonEditForm({
  person,
  household,
  onReload,
}: {
  person: Person;
  household: Household | undefined;
  onReload: () => void;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const update = useUpdatePerson(person.id);
  const [draft, setDraft] = useState(() => personToDraft(person));
  // The revision the draft is based on: a newer one fetched meanwhile must not be overwritten.
  const [baseRev] = useState(person.rev);
  const [problem, setProblem] = useState<PersonProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const consented = person.consentStatus === 'valid';

  const save = (confirmNotDuplicate: boolean) => {
    if (update.isPending) return;
    // Without consent, fields beyond the minimal ones are sent back unchanged.
    const checked = checkPerson(draft, { consented, today: todayIso() });
    if (!checked.ok) {
      setProblem(fieldProblem(toFieldErrors(checked.codes, t)));
      setAttempt((n) => n + 1);
      return;
    }
    const fields = consented
      ? checked.value
      : { ...checked.value, ...storedConsentedFields(person) };
    update.mutate(
      { ...fields, rev: baseRev, confirmNotDuplicate },
      {
        onSuccess: () =>
          void navigate(`/persons/${person.id}`, { state: { flash: t('status.saved') } }),
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

  const items = [
    ...(problem?.general ? [{ message: problem.general }] : []),
    ...summaryItems(problem?.errors ?? {}, { kind: 'person', idPrefix: PREFIX, t }),
  ];

  return (
    <>
      <ErrorSummary items={items} attempt={attempt} />
      {problem?.stale ? (
        <p className="notice notice-warn">
          <Button className="button secondary" onPress={onReload}>
            {t('form.reload')}
          </Button>
        </p>
      ) : null}
      {problem?.existingPersonId ? (
        <p className="notice notice-warn">
          <Link to={`/persons/${problem.existingPersonId}`}>{t('person.openExisting')}</Link>
        </p>
      ) : null}
      {!consented ? <p className="notice notice-warn">{t('person.minimalRecord')}</p> : null}
      <Form className="form card" onSubmit={submit} validationBehavior="aria">
        <PersonFields
          draft={draft}
          onChange={setDraft}
          errors={problem?.errors ?? {}}
          idPrefix={PREFIX}
          caregiverPeople={memberOptions(household?.members ?? [], person.id)}
          minimalOnly={!consented}
        />
        <SubmitOrCancel
          busy={update.isPending}
          label={t('action.save')}
          cancelTo={`/persons/${person.id}`}
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

/** The stored values of the fields that need consent, sent back untouched without consent. */
function storedConsentedFields(person: Person) {
  return {
    familyName: person.familyName,
    patronymic: person.patronymic,
    iin: person.iin,
    languages: person.languages,
    phone: person.phone,
    disability: person.disability,
    icd10: person.icd10,
    caregivers: person.caregivers.map(({ name: _name, ...link }) => link),
    notes: person.notes,
  };
}

export function PersonEditPage() {
  const { personId = '' } = useParams();
  const { t } = useI18n();
  const person = usePerson(personId);
  const household = useHousehold(person.data?.householdId ?? '');
  // Bumped by "open the new version": the form starts again from the record as it is now.
  const [version, setVersion] = useState(0);
  if (person.isPending) return <Loading />;
  if (person.isError) {
    if (isRepositoryError(person.error) && person.error.status === 404) return <NotFoundPage />;
    return <LoadError error={person.error} onRetry={() => void person.refetch()} />;
  }
  const title = t('person.editTitle', { name: fullName(person.data) });
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <PersonEditForm
        key={version}
        person={person.data}
        household={household.data}
        onReload={() => void person.refetch().then(() => setVersion((v) => v + 1))}
      />
    </>
  );
}
