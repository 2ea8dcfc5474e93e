import {
  todayIso,
  VISIT_KINDS,
  type Household,
  type Visit,
  type VisitContent,
  type VisitKind,
} from '@birge/domain';
import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { SubmitOrCancel } from '../../components/busy-button.component.js';
import {
  CheckboxGroupInput,
  RadioGroupInput,
  SelectInput,
} from '../../components/choice-fields.component.js';
import { ErrorSummary } from '../../components/error-summary.component.js';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { TextInput } from '../../components/text-field.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { useActivities, useCreateVisit, useUpdateVisit, useVisit } from '../../data/use-plans.js';
import { useHousehold } from '../../data/use-registry.js';
import { fullName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { serverFieldErrors, type FieldErrors } from '../person-form/issues.js';
import { problemLines } from '../plans/problem-lines.js';
import { NotFoundPage } from '../system/not-found.page.js';
import { useHouseholdPlanning } from './household-planning.js';
import '../plans/plans.css';

/** `/visits/new?householdId=` (`&planId=&personId=` preselect what the visit serves). */
export function NewVisitPage() {
  const [params] = useSearchParams();
  const householdId = params.get('householdId') ?? '';
  const household = useHousehold(householdId);
  if (household.isPending) return <Loading />;
  if (household.isError) {
    if (isRepositoryError(household.error) && household.error.status === 404)
      return <NotFoundPage />;
    return <LoadError error={household.error} onRetry={() => void household.refetch()} />;
  }
  const personId = params.get('personId');
  return (
    <VisitForm
      household={household.data}
      initial={{
        kind: 'home',
        visitedOn: todayIso(),
        personIds: personId ? [personId] : [],
        planId: params.get('planId'),
        presentMemberIds: [],
        presentOthers: [],
        activityIds: [],
        assessmentIds: [],
        reviewIds: [],
        notes: null,
        nextVisitOn: null,
      }}
    />
  );
}

/** `/visits/:visitId/edit`: correct a visit record. */
export function EditVisitPage() {
  const { visitId = '' } = useParams();
  const visit = useVisit(visitId);
  const household = useHousehold(visit.data?.householdId ?? '');
  if (visit.isPending || (visit.isSuccess && household.isPending)) return <Loading />;
  if (visit.isError) {
    if (isRepositoryError(visit.error) && visit.error.status === 404) return <NotFoundPage />;
    return <LoadError error={visit.error} onRetry={() => void visit.refetch()} />;
  }
  if (household.isError) return <LoadError error={household.error} />;
  if (!household.data) return <Loading />;
  const {
    id: _id,
    householdId: _h,
    recordedBy: _r,
    rev: _rev,
    createdAt: _c,
    updatedAt: _u,
    ...content
  } = visit.data;
  return <VisitForm household={household.data} initial={content} visit={visit.data} />;
}

const NONE = '';
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function VisitForm({
  household,
  initial,
  visit,
}: {
  household: Household;
  initial: VisitContent;
  visit?: Visit;
}) {
  const { t, language, formatDate } = useI18n();
  const navigate = useNavigate();
  const create = useCreateVisit();
  const update = useUpdateVisit();
  const activities = useActivities();
  const planning = useHouseholdPlanning(household);
  const [v, setV] = useState(initial);
  const [others, setOthers] = useState(initial.presentOthers.join('\n'));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const set = (change: Partial<VisitContent>) => setV((x) => ({ ...x, ...change }));
  const members = household.members.map((m) => ({ value: m.id, label: fullName(m) }));
  const plan = planning.plans.find((p) => p.id === v.planId);
  const planActivities = [...new Set(plan?.assignments.map((a) => a.activityId) ?? [])];
  const activityOptions = [...new Set([...planActivities, ...v.activityIds])].map((id) => ({
    value: id,
    label: activities.data?.find((a) => a.id === id)?.title[language] ?? id,
  }));
  const title = visit
    ? t('visit.edit.title', { address: household.address })
    : t('visit.new.title', { address: household.address });
  const saving = create.isPending || update.isPending;
  const back = `/households/${household.id}`;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    const content: VisitContent = {
      ...v,
      presentOthers: lines(others),
      notes: v.notes?.trim() || null,
    };
    const fail = (error: unknown) => {
      const fields = isRepositoryError(error) ? serverFieldErrors(error.fieldErrors) : {};
      setErrors(fields);
      setGeneral(Object.keys(fields).length ? [] : problemLines(error, t));
      setAttempt((n) => n + 1);
    };
    const done = () => void navigate(back, { state: { flash: t('visit.saved') } });
    if (visit)
      update.mutate(
        { id: visit.id, update: { ...content, rev: Math.max(1, visit.rev) } },
        { onSuccess: done, onError: fail },
      );
    else
      create.mutate({ householdId: household.id, ...content }, { onSuccess: done, onError: fail });
  };

  return (
    <div className="plans-area">
      <p className="breadcrumb">
        <Link to={back}>{t('household.title', { address: household.address })}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      <ErrorSummary
        items={[
          ...Object.entries(errors).map(([path, message]) => ({
            fieldId: `visit-${path}`,
            message,
          })),
          ...general.map((message) => ({ message })),
        ]}
        attempt={attempt}
      />
      <Form className="form" onSubmit={submit} validationBehavior="aria">
        <RadioGroupInput<VisitKind>
          id="visit-kind"
          label={t('visit.kindLabel')}
          options={VISIT_KINDS.map((k) => ({ value: k, label: t(`visit.kind.${k}`) }))}
          value={v.kind}
          onChange={(kind) => set({ kind })}
          error={errors.kind}
          isRequired
        />
        <TextInput
          id="visit-visitedOn"
          type="date"
          size="short"
          label={t('visit.date')}
          value={v.visitedOn}
          onChange={(visitedOn) => set({ visitedOn })}
          error={errors.visitedOn}
          isRequired
        />
        <CheckboxGroupInput
          id="visit-personIds"
          label={t('visit.about')}
          description={t('visit.aboutHint')}
          options={members}
          value={v.personIds}
          onChange={(personIds) => set({ personIds })}
          error={errors.personIds}
        />
        <CheckboxGroupInput
          id="visit-presentMemberIds"
          label={t('visit.present')}
          options={members}
          value={v.presentMemberIds}
          onChange={(presentMemberIds) => set({ presentMemberIds })}
          error={errors.presentMemberIds}
        />
        <TextInput
          id="visit-presentOthers"
          label={t('visit.presentOthers')}
          description={t('visit.presentOthersHint')}
          value={others}
          onChange={setOthers}
          error={errors.presentOthers}
          multiline
        />
        {planning.plans.length > 0 ? (
          <SelectInput
            id="visit-planId"
            label={t('visit.plan')}
            options={planning.plans.map((p) => ({
              value: p.id,
              label: t('visit.planOption', {
                name: planning.personName(p.personId),
                from: formatDate(p.startsOn),
              }),
            }))}
            value={v.planId ?? NONE}
            onChange={(planId) => set({ planId: planId || null })}
            error={errors.planId}
          />
        ) : null}
        {activityOptions.length > 0 ? (
          <CheckboxGroupInput
            id="visit-activityIds"
            label={t('visit.activities')}
            options={activityOptions}
            value={v.activityIds}
            onChange={(activityIds) => set({ activityIds })}
            error={errors.activityIds}
          />
        ) : null}
        {planning.assessments.length > 0 ? (
          <CheckboxGroupInput
            id="visit-assessmentIds"
            label={t('visit.assessments')}
            options={planning.assessments.map((a) => ({
              value: a.id,
              label: `${planning.personName(a.personId)} · ${planning.instrumentTitle(a.instrument)} · ${formatDate(a.assessedOn)}`,
            }))}
            value={v.assessmentIds}
            onChange={(assessmentIds) => set({ assessmentIds })}
            error={errors.assessmentIds}
          />
        ) : null}
        {planning.reviews.length > 0 ? (
          <CheckboxGroupInput
            id="visit-reviewIds"
            label={t('visit.reviews')}
            options={planning.reviews.map((r) => ({
              value: r.id,
              label: t('visit.reviewOption', {
                name: planning.personName(r.personId),
                date: formatDate(r.reviewedOn),
              }),
            }))}
            value={v.reviewIds}
            onChange={(reviewIds) => set({ reviewIds })}
            error={errors.reviewIds}
          />
        ) : null}
        <TextInput
          id="visit-notes"
          label={t('visit.notes')}
          description={t('visit.notesHint')}
          value={v.notes ?? ''}
          onChange={(notes) => set({ notes })}
          error={errors.notes}
          multiline
        />
        <TextInput
          id="visit-nextVisitOn"
          type="date"
          size="short"
          label={t('visit.next')}
          description={t('visit.nextHint')}
          value={v.nextVisitOn ?? ''}
          onChange={(next) => set({ nextVisitOn: next || null })}
          error={errors.nextVisitOn}
        />
        <SubmitOrCancel busy={saving} label={t('visit.save')} cancelTo={back} />
      </Form>
    </div>
  );
}
