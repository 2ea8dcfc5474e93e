import { monthsBetween, todayIso, type Person, type Plan, type PlanStatus } from '@birge/domain';
import { useEffect, useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import { BusyButton } from '../../../components/busy-button.component.js';
import { ErrorSummary } from '../../../components/error-summary.component.js';
import { PageHeading } from '../../../components/page-heading.component.js';
import { Loading, LoadError } from '../../../components/query-state.component.js';
import { isRepositoryError } from '../../../data/repository-error.js';
import { usePersonAssessments } from '../../../data/use-assessments.js';
import { useActivities, useCreatePlan, useUpdatePlan } from '../../../data/use-plans.js';
import { useHousehold } from '../../../data/use-registry.js';
import { fullName } from '../../../i18n/format.js';
import { useI18n } from '../../../i18n/i18n-context.js';
import { problemLines } from '../problem-lines.js';
import { ActivitiesStep } from './activities-step.component.js';
import { ActivityPicker } from './activity-picker.component.js';
import { AssignmentForm } from './assignment-form.component.js';
import { answeredProblems, draftProblems, type ProblemTarget } from './draft-problems.js';
import { GoalForm } from './goal-form.component.js';
import { goalSuggestions, sourceKey } from './goal-suggestions.js';
import { GoalsStep } from './goals-step.component.js';
import { PeriodStep } from './period-step.component.js';
import { ReviewStep } from './review-step.component.js';
import { periodErrors } from './period-check.js';
import {
  draftContent,
  newAssignment,
  newGoal,
  type AssignmentDraft,
  type GoalDraft,
  type PlanDraft,
} from './plan-draft.js';
import { usePlanDraft } from './use-plan-draft.js';
import { BuilderSteps } from './builder-steps.component.js';
import '../plans.css';

const STEPS = ['period', 'goals', 'activities', 'review'] as const;
type Step = (typeof STEPS)[number];
type View =
  | { step: Step }
  | { step: 'goals'; goal: GoalDraft }
  | { step: 'activities'; picking: true }
  | { step: 'activities'; assignment: AssignmentDraft };

const STEP_NAME = {
  period: 'plan.builder.stepPeriod',
  goals: 'plan.builder.stepGoals',
  activities: 'plan.builder.stepActivities',
  review: 'plan.builder.stepReview',
} as const;

/** The builder: period, goals, home programme, check — one step (and one main action) a screen. */
export function PlanBuilder({
  person,
  scope,
  initial,
  plan,
}: {
  person: Person;
  scope: string;
  initial: () => PlanDraft;
  plan?: Plan;
}) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const { draft, update, restored, forget } = usePlanDraft(scope, initial);
  const household = useHousehold(person.householdId);
  const activities = useActivities();
  const assessments = usePersonAssessments(person.id);
  const create = useCreatePlan();
  const change = useUpdatePlan();
  const [view, setView] = useState<View>({ step: 'period' });
  const [periodAttempt, setPeriodAttempt] = useState(0);
  const [showPeriodErrors, setShowPeriodErrors] = useState(false);
  const [pressed, setPressed] = useState<PlanStatus | null>(null);
  const [reviewAttempt, setReviewAttempt] = useState(0);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);

  // Removing a goal or an activity takes its buttons away: focus goes back to the step's heading.
  const [removed, setRemoved] = useState(0);
  useEffect(() => {
    if (removed > 0) stepHeading.current?.focus();
  }, [removed]);

  const key = `${view.step}:${'goal' in view ? view.goal.id : ''}:${'assignment' in view ? view.assignment.id : ''}:${'picking' in view ? 'p' : ''}`;
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    stepHeading.current?.focus();
  }, [key]);

  const name = fullName(person);
  const title = plan ? t('plan.edit.title', { name }) : t('plan.new.title', { name });
  const members = household.data?.members ?? [];
  const memberIds = new Set(members.map((m) => m.id));
  const memberName = (id: string) => {
    const m = members.find((x) => x.id === id);
    return m ? fullName(m) : t('plan.unknownMember');
  };
  const library = activities.data ?? [];
  const saving = create.isPending || change.isPending;
  const current: PlanStatus = draft.status;
  const used = new Set(draft.goals.map((g) => sourceKey(g.source)));
  const suggestions = goalSuggestions(assessments.data ?? [], language, used);
  const periodFound = periodErrors(draft, t);
  const stepIndex = STEPS.indexOf(view.step);
  // One main action a screen: while a list is empty, adding to it is the main one.
  const nextIsMain =
    (view.step !== 'goals' || draft.goals.length > 0) &&
    (view.step !== 'activities' || draft.assignments.length > 0);
  const closed = plan && (plan.status === 'completed' || plan.status === 'cancelled');

  const go = (step: Step) => {
    if (view.step === 'period' && step !== 'period' && Object.keys(periodFound).length) {
      setShowPeriodErrors(true);
      setPeriodAttempt((n) => n + 1);
      return;
    }
    setView({ step });
  };
  const fix = (target: ProblemTarget) => {
    create.reset();
    change.reset();
    if (target.step === 'goals' && target.goalId) {
      const goal = draft.goals.find((g) => g.id === target.goalId);
      if (goal) return setView({ step: 'goals', goal });
    }
    if (target.step === 'activities' && target.assignmentId) {
      const assignment = draft.assignments.find((a) => a.id === target.assignmentId);
      if (assignment) return setView({ step: 'activities', assignment });
    }
    setView({ step: target.step });
  };

  const save = (status: PlanStatus) => {
    if (saving) return;
    const content = draftContent(draft);
    const done = (saved: Plan) => {
      forget();
      void navigate(`/plans/${saved.id}`, {
        state: {
          flash: t(status === 'active' && current !== 'active' ? 'plan.agreed' : 'plan.saved'),
        },
      });
    };
    if (draft.rev === null)
      create.mutate(
        {
          id: draft.planId,
          personId: person.id,
          status: status === 'active' ? 'active' : 'draft',
          ...content,
        },
        { onSuccess: done },
      );
    else
      change.mutate(
        { id: draft.planId, update: { ...content, status, rev: Math.max(1, draft.rev) } },
        { onSuccess: done },
      );
  };
  const saveError = create.error ?? change.error;
  const answered =
    saveError && isRepositoryError(saveError) && saveError.fieldErrors.length
      ? answeredProblems(saveError.fieldErrors, draft)
      : [];
  const tried =
    pressed && view.step === 'review' ? draftProblems(draft, pressed, memberIds, t) : [];
  const shown = answered.length ? answered : tried;
  const trySave = (status: PlanStatus) => {
    setPressed(status);
    setReviewAttempt((n) => n + 1);
    if (draftProblems(draft, status, memberIds, t).length === 0) save(status);
  };

  if (closed)
    return (
      <>
        <PageHeading title={title}>{title}</PageHeading>
        <p className="notice notice-warn">{t('plan.closed')}</p>
        <Link to={`/plans/${plan.id}`}>{t('plan.backToPlan')}</Link>
      </>
    );

  return (
    <div className="plans-area">
      <p className="breadcrumb">
        <Link to={plan ? `/plans/${plan.id}` : `/persons/${person.id}`}>
          {plan ? t('plan.backToPlan') : name}
        </Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {restored ? <p className="notice notice-info">{t('plan.builder.restored')}</p> : null}
      {plan && draft.rev !== plan.rev ? (
        <p className="notice notice-warn">{t('plan.builder.changedSince')}</p>
      ) : null}

      <BuilderSteps steps={STEPS} current={stepIndex} name={(step) => t(STEP_NAME[step])} />
      <h2 ref={stepHeading} tabIndex={-1} className="step-title">
        {'goal' in view
          ? t('plan.builder.goalTitle')
          : 'picking' in view
            ? t('plan.builder.pickTitle')
            : 'assignment' in view
              ? t('plan.builder.activityTitle')
              : t('plan.builder.step', {
                  current: stepIndex + 1,
                  total: STEPS.length,
                  name: t(STEP_NAME[view.step]),
                })}
      </h2>

      {view.step === 'period' ? (
        <>
          <ErrorSummary
            items={
              showPeriodErrors
                ? Object.entries(periodFound).map(([path, message]) => ({
                    fieldId: `plan-${path}`,
                    message,
                  }))
                : []
            }
            attempt={periodAttempt}
          />
          <PeriodStep
            draft={draft}
            onChange={(c) => update((d) => ({ ...d, ...c }))}
            errors={showPeriodErrors ? periodFound : {}}
          />
        </>
      ) : null}

      {'goal' in view ? (
        <GoalForm
          draft={draft}
          goal={view.goal}
          members={members}
          onSave={(goal) => {
            update((d) => ({
              ...d,
              goals: d.goals.some((g) => g.id === goal.id)
                ? d.goals.map((g) => (g.id === goal.id ? goal : g))
                : [...d.goals, goal],
            }));
            setView({ step: 'goals' });
          }}
          onCancel={() => setView({ step: 'goals' })}
        />
      ) : view.step === 'goals' ? (
        <GoalsStep
          goals={draft.goals}
          suggestions={suggestions}
          onAdd={(from) =>
            setView({
              step: 'goals',
              goal: newGoal(
                draft,
                from ? { title: from.title, cbrElements: from.elements, source: from.source } : {},
              ),
            })
          }
          onEdit={(id) => fix({ step: 'goals', goalId: id })}
          onRemove={(id) => {
            setRemoved((n) => n + 1);
            update((d) => ({
              ...d,
              goals: d.goals.filter((g) => g.id !== id),
              assignments: d.assignments.map((a) => (a.goalId === id ? { ...a, goalId: null } : a)),
            }));
          }}
        />
      ) : null}

      {'picking' in view ? (
        <ActivityPicker
          activities={library}
          ageMonths={monthsBetween(person.birthDate, todayIso())}
          onChoose={(card) =>
            setView({
              step: 'activities',
              assignment: newAssignment(
                draft,
                card.id,
                members.find((m) => m.id !== person.id)?.id ?? person.id,
              ),
            })
          }
          onCancel={() => setView({ step: 'activities' })}
        />
      ) : 'assignment' in view ? (
        <AssignmentForm
          draft={draft}
          assignment={view.assignment}
          activity={library.find((c) => c.id === view.assignment.activityId)}
          members={members}
          goals={draft.goals}
          onSave={(a) => {
            update((d) => ({
              ...d,
              assignments: d.assignments.some((x) => x.id === a.id)
                ? d.assignments.map((x) => (x.id === a.id ? a : x))
                : [...d.assignments, a],
            }));
            setView({ step: 'activities' });
          }}
          onCancel={() => setView({ step: 'activities' })}
        />
      ) : view.step === 'activities' ? (
        <>
          {activities.isPending ? <Loading /> : null}
          {activities.isError ? (
            <LoadError error={activities.error} onRetry={() => void activities.refetch()} />
          ) : null}
          <ActivitiesStep
            assignments={draft.assignments}
            goals={draft.goals}
            activities={library}
            memberName={memberName}
            onAdd={() => setView({ step: 'activities', picking: true })}
            onEdit={(id) => fix({ step: 'activities', assignmentId: id })}
            onRemove={(id) => {
              setRemoved((n) => n + 1);
              update((d) => ({ ...d, assignments: d.assignments.filter((a) => a.id !== id) }));
            }}
          />
        </>
      ) : null}

      {view.step === 'review' ? (
        <>
          {saveError && answered.length === 0 ? (
            <div className="notice notice-error" role="alert">
              {problemLines(saveError, t).map((line) => (
                <p key={line}>{line}</p>
              ))}
            </div>
          ) : null}
          <ReviewStep
            draft={draft}
            activities={library}
            memberName={memberName}
            problems={shown}
            attempt={reviewAttempt}
            onFix={fix}
          />
        </>
      ) : null}

      {'goal' in view || 'picking' in view || 'assignment' in view ? null : (
        <div className="form-actions builder-actions">
          {view.step === 'review' ? (
            <>
              <BusyButton
                busy={saving}
                busyLabel={t('status.saving')}
                onPress={() => trySave(current === 'draft' ? 'active' : current)}
              >
                {current === 'draft' ? t('plan.builder.saveAgreed') : t('plan.builder.saveChanges')}
              </BusyButton>
              {current === 'draft' ? (
                <Button
                  className="button secondary"
                  onPress={() => trySave('draft')}
                  isDisabled={saving}
                >
                  {t('plan.builder.saveDraft')}
                </Button>
              ) : null}
            </>
          ) : (
            <Button
              className={nextIsMain ? 'button primary' : 'button secondary'}
              onPress={() => go(STEPS[stepIndex + 1] ?? 'review')}
            >
              {t('plan.builder.next', { name: t(STEP_NAME[STEPS[stepIndex + 1] ?? 'review']) })}
            </Button>
          )}
          {stepIndex > 0 ? (
            <Button
              className="button secondary"
              onPress={() => setView({ step: STEPS[stepIndex - 1] ?? 'period' })}
            >
              {t('action.back')}
            </Button>
          ) : null}
        </div>
      )}
    </div>
  );
}
