import { GAS_LEVELS, goalWeight, tScore, todayIso, type GasLevel, type Plan } from '@birge/domain';
import { useId, useState, type FormEvent } from 'react';
import { Form, Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { Link, useNavigate, useParams } from 'react-router';
import { SubmitOrCancel } from '../../components/busy-button.component.js';
import { ErrorSummary, type SummaryItem } from '../../components/error-summary.component.js';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { TextInput } from '../../components/text-field.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { useCreateReview, usePlan } from '../../data/use-plans.js';
import { usePerson } from '../../data/use-registry.js';
import { fullName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { NotFoundPage } from '../system/not-found.page.js';
import { problemLines } from './problem-lines.js';
import { levelNumber, LEVEL_KEY, tScoreText } from './plan-words.js';
import { TScoreWorking } from './tscore-working.component.js';
import './plans.css';

/** `/plans/:planId/reviews/new`: score every goal −2…+2 and see the T-score before saving. */
export function ReviewPage() {
  const { planId = '' } = useParams();
  const plan = usePlan(planId);
  if (plan.isPending) return <Loading />;
  if (plan.isError) {
    if (isRepositoryError(plan.error) && plan.error.status === 404) return <NotFoundPage />;
    return <LoadError error={plan.error} onRetry={() => void plan.refetch()} />;
  }
  return <ReviewForm plan={plan.data} />;
}

const goalFieldId = (goalId: string) => `review-goal-${goalId}`;
const DEFAULT_RHO = 0.3;

function ReviewForm({ plan }: { plan: Plan }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const person = usePerson(plan.personId);
  const create = useCreateReview();
  const [reviewedOn, setReviewedOn] = useState(todayIso());
  const [levels, setLevels] = useState<Record<string, GasLevel>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<SummaryItem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const name = person.data ? fullName(person.data) : '';
  const title = t('plan.review.title', { name });
  const weight = (g: Plan['goals'][number]) =>
    plan.gasWeighting === 'equal' ? 1 : goalWeight(g.importance, g.difficulty);
  const scored = plan.goals.flatMap((g) => {
    const level = levels[g.id];
    return level === undefined ? [] : [{ level, weight: weight(g) }];
  });
  const complete = scored.length === plan.goals.length && plan.goals.length > 0;
  const preview = complete ? tScore(scored, DEFAULT_RHO) : null;

  const fail = (items: SummaryItem[]) => {
    setProblems(items);
    setAttempt((n) => n + 1);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const missing = plan.goals.filter((g) => levels[g.id] === undefined);
    if (missing.length)
      return fail(
        missing.map((g) => ({
          fieldId: goalFieldId(g.id),
          message: t('plan.review.levelMissing', { goal: g.title }),
        })),
      );
    create.mutate(
      {
        planId: plan.id,
        reviewedOn,
        rho: DEFAULT_RHO,
        levels: plan.goals.map((g) => ({
          goalId: g.id,
          level: levels[g.id] ?? 0,
          note: notes[g.id]?.trim() || null,
        })),
      },
      {
        onSuccess: (review) =>
          void navigate(`/plans/${plan.id}`, {
            state: {
              flash: t('plan.review.saved', { score: tScoreText(review.tScore, language, t) }),
            },
          }),
        onError: (error) => fail(problemLines(error, t).map((message) => ({ message }))),
      },
    );
  };

  return (
    <div className="plans-area">
      <p className="breadcrumb">
        <Link to={`/plans/${plan.id}`}>{t('plan.backToPlan')}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {plan.status !== 'active' ? (
        <p className="notice notice-warn">{t('review.plan_not_active')}</p>
      ) : null}
      <p className="lead">{t('plan.review.lead')}</p>
      <ErrorSummary items={problems} attempt={attempt} />
      <Form className="form" onSubmit={submit} validationBehavior="aria">
        <TextInput
          id="review-date"
          type="date"
          size="short"
          label={t('plan.review.date')}
          value={reviewedOn}
          onChange={setReviewedOn}
          isRequired
        />
        {plan.goals.map((goal, index) => (
          <GoalLevel
            key={goal.id}
            goal={goal}
            index={index}
            value={levels[goal.id]}
            onChange={(level) => setLevels((all) => ({ ...all, [goal.id]: level }))}
            note={notes[goal.id] ?? ''}
            onNote={(note) => setNotes((all) => ({ ...all, [goal.id]: note }))}
          />
        ))}
        <TScoreWorking
          goals={plan.goals.map((g) => ({
            title: g.title,
            weight: weight(g),
            level: levels[g.id] ?? null,
          }))}
          weighting={plan.gasWeighting}
          rho={DEFAULT_RHO}
          value={preview}
        />
        <SubmitOrCancel
          busy={create.isPending}
          label={t('plan.review.save')}
          cancelTo={`/plans/${plan.id}`}
        />
      </Form>
    </div>
  );
}

function GoalLevel({
  goal,
  index,
  value,
  onChange,
  note,
  onNote,
}: {
  goal: Plan['goals'][number];
  index: number;
  value: GasLevel | undefined;
  onChange: (level: GasLevel) => void;
  note: string;
  onNote: (note: string) => void;
}) {
  const { t } = useI18n();
  const hintId = useId();
  return (
    <fieldset className="fieldset review-goal">
      <legend className="review-goal-title">
        {t('plan.goals.numbered', { n: index + 1, title: goal.title })}
      </legend>
      <RadioGroup
        id={goalFieldId(goal.id)}
        className="field choice-group"
        value={value === undefined ? null : String(value)}
        onChange={(next) => {
          const level = GAS_LEVELS.find((l) => String(l.value) === next);
          if (level) onChange(level.value);
        }}
        isRequired
        validationBehavior="aria"
        aria-describedby={hintId}
      >
        <Label className="field-label">{t('plan.review.levelLabel')}</Label>
        <Text id={hintId} slot="description" className="field-hint">
          {t('plan.review.baselineHint', { level: levelNumber(goal.baseline) })}
        </Text>
        <div className="level-options">
          {[...GAS_LEVELS].reverse().map(({ value: level, name }) => (
            <Radio key={name} value={String(level)} className="radio level-option">
              <span className="radio-dot" aria-hidden="true" />
              <span className="checkbox-label">
                <span className="level-option-title">
                  {levelNumber(level)} · {t(LEVEL_KEY[name])}
                </span>
                <span className="field-hint">{goal.levels[name]}</span>
              </span>
            </Radio>
          ))}
        </div>
      </RadioGroup>
      <TextInput
        id={`review-note-${goal.id}`}
        label={t('plan.review.note')}
        value={note}
        onChange={onNote}
        multiline
      />
    </fieldset>
  );
}
