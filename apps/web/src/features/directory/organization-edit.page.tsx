import { canManageOrganizations, type Organization } from '@birge/domain';
import { useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { useNavigate, useParams } from 'react-router';
import { v7 as uuidv7 } from 'uuid';
import { SubmitOrCancel } from '../../components/busy-button.component.js';
import { ErrorSummary, type SummaryItem } from '../../components/error-summary.component.js';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError, problemMessage } from '../../components/query-state.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { useMe } from '../../data/use-session.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { serverFieldErrors, toFieldErrors, type FieldErrors } from '../person-form/issues.js';
import { NoAccessPage } from '../../app/guards.component.js';
import { NotFoundPage } from '../system/not-found.page.js';
import { actorOfMe } from './directory-access.js';
import { displayName } from './directory-words.js';
import {
  checkDraft,
  emptyDraft,
  FIELD_LABELS,
  organizationToDraft,
  type OrganizationDraft,
} from './organization-draft.js';
import { FIELD_ID_PREFIX, OrganizationFields } from './organization-fields.form.js';
import { useCreateOrganization, useOrganization, useUpdateOrganization } from './use-directory.js';
import './directory.css';

interface Problem {
  general: string | null;
  errors: FieldErrors;
  stale: boolean;
}

function useSummary(problem: Problem | null): SummaryItem[] {
  const { t } = useI18n();
  if (!problem) return [];
  return [
    ...(problem.general ? [{ message: problem.general }] : []),
    ...Object.entries(problem.errors).map(([path, message]) => {
      const key = FIELD_LABELS[path];
      return {
        fieldId: `${FIELD_ID_PREFIX}${path}`,
        message: key ? t('form.fieldError', { field: t(key), message }) : message,
      };
    }),
  ];
}

/** The form of a new organization, or of a stored one (`org`, whose revision the edit is based on). */
function OrganizationForm({ org, onReload }: { org: Organization | null; onReload: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useCreateOrganization();
  const update = useUpdateOrganization(org?.id ?? '');
  const [draft, setDraft] = useState<OrganizationDraft>(() =>
    org ? organizationToDraft(org) : emptyDraft(),
  );
  const [problem, setProblem] = useState<Problem | null>(null);
  const [attempt, setAttempt] = useState(0);
  // One id per form: sending again after a lost answer cannot add the organization twice.
  const [newId] = useState(() => uuidv7());
  const busy = create.isPending || update.isPending;

  const fail = (next: Problem) => {
    setProblem(next);
    setAttempt((n) => n + 1);
  };
  const onError = (error: unknown) => {
    if (isRepositoryError(error) && error.code === 'stale_revision')
      return fail({ general: t('directory.stale'), errors: {}, stale: true });
    const errors = isRepositoryError(error) ? serverFieldErrors(error.fieldErrors) : {};
    fail({
      general: Object.keys(errors).length ? null : problemMessage(error, t),
      errors,
      stale: false,
    });
  };
  const done = (saved: Organization) =>
    void navigate(`/directory/${saved.id}`, { state: { flash: t('status.saved') } });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkDraft(draft);
    if (!checked.ok)
      return fail({ general: null, errors: toFieldErrors(checked.codes, t), stale: false });
    setProblem(null);
    if (org) update.mutate({ ...checked.value, rev: org.rev }, { onSuccess: done, onError });
    else create.mutate({ ...checked.value, id: newId }, { onSuccess: done, onError });
  };

  return (
    <>
      <ErrorSummary items={useSummary(problem)} attempt={attempt} />
      {problem?.stale ? (
        <p className="notice notice-warn">
          <Button className="button secondary" onPress={onReload}>
            {t('form.reload')}
          </Button>
        </p>
      ) : null}
      <Form className="form card" onSubmit={submit} validationBehavior="aria">
        <OrganizationFields draft={draft} onChange={setDraft} errors={problem?.errors ?? {}} />
        <SubmitOrCancel
          busy={busy}
          label={t('action.save')}
          cancelTo={org ? `/directory/${org.id}` : '/directory'}
        />
      </Form>
    </>
  );
}

/** Add an organization (supervisors in their places, admins). */
export function NewOrganizationPage() {
  const { t } = useI18n();
  const me = useMe();
  if (!canManageOrganizations(actorOfMe(me))) return <NoAccessPage />;
  return (
    <>
      <PageHeading title={t('directory.add')}>{t('directory.add')}</PageHeading>
      <OrganizationForm org={null} onReload={() => undefined} />
    </>
  );
}

/** Change an organization; a stale revision offers the newer version instead of overwriting it. */
export function EditOrganizationPage() {
  const { organizationId = '' } = useParams();
  const { t, language } = useI18n();
  const me = useMe();
  const query = useOrganization(organizationId);
  // Bumped by "open the new version": the form starts again from the record as it is now.
  const [version, setVersion] = useState(0);
  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (isRepositoryError(query.error) && query.error.status === 404) return <NotFoundPage />;
    return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  }
  const org = query.data;
  if (!canManageOrganizations(actorOfMe(me), org.placeCode)) return <NoAccessPage />;
  const title = t('directory.editTitle', { name: displayName(org, language) });
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <OrganizationForm
        key={`${org.rev}-${version}`}
        org={org}
        onReload={() => void query.refetch().then(() => setVersion((v) => v + 1))}
      />
    </>
  );
}
