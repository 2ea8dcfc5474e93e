import {
  GAS_LEVELS,
  GAS_RATING_MAX,
  planGoalInputSchema,
  type PersonSummary,
  type Responsible,
} from '@birge/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { CheckboxInput, RadioGroupInput } from '../../../components/choice-fields.component.js';
import { ErrorSummary } from '../../../components/error-summary.component.js';
import { TextInput } from '../../../components/text-field.component.js';
import { fullName } from '../../../i18n/format.js';
import { useI18n } from '../../../i18n/i18n-context.js';
import { issuesToFieldErrors, type FieldErrors } from '../../person-form/issues.js';
import { levelNumber, LEVEL_KEY } from '../plan-words.js';
import { CbrElementsField } from './cbr-elements-field.component.js';
import { goalInput, type GoalDraft, type PlanDraft } from './plan-draft.js';

const RATINGS = Array.from({ length: GAS_RATING_MAX + 1 }, (_, i) => String(i));
export const goalFieldId = (path: string) => `goal-${path.replace(/\./g, '-')}`;

/**
 * One goal: what it is in the family's words, the CBR elements, the five GAS levels (all five
 * required before work starts, checked with the domain's schema and its messages), the baseline,
 * importance and difficulty, the target date and who carries it.
 */
export function GoalForm({
  draft,
  goal: initial,
  members,
  onSave,
  onCancel,
}: {
  draft: PlanDraft;
  goal: GoalDraft;
  members: readonly PersonSummary[];
  onSave: (goal: GoalDraft) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [goal, setGoal] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const set = (change: Partial<GoalDraft>) => setGoal((g) => ({ ...g, ...change }));
  const responsible = (kind: Responsible['kind'], personId?: string) =>
    goal.responsible.some(
      (r) => r.kind === kind && (r.kind !== 'household_member' || r.personId === personId),
    );
  const toggle = (entry: Responsible, on: boolean) =>
    set({
      responsible: on
        ? [...goal.responsible, entry]
        : goal.responsible.filter(
            (r) =>
              r.kind !== entry.kind ||
              (r.kind === 'household_member' &&
                entry.kind === 'household_member' &&
                r.personId !== entry.personId),
          ),
    });
  const service = goal.responsible.find((r) => r.kind === 'service');

  const save = () => {
    const result = planGoalInputSchema.safeParse(goalInput(goal));
    const found = result.success ? {} : issuesToFieldErrors(result.error.issues, t);
    if (goal.targetDate && (goal.targetDate < draft.startsOn || goal.targetDate > draft.endsOn))
      found.targetDate ??= t('plan.target_outside_period');
    if (Object.keys(found).length) {
      setErrors(found);
      setAttempt((n) => n + 1);
      return;
    }
    onSave(goal);
  };

  const summary = Object.entries(errors).map(([path, message]) => ({
    fieldId: goalFieldId(path.startsWith('responsible') ? 'responsible' : path),
    message,
  }));

  return (
    <div className="card goal-form">
      <ErrorSummary items={summary} attempt={attempt} />
      {goal.source ? (
        <p className="notice notice-info">{t('plan.builder.fromAssessment')}</p>
      ) : null}
      <TextInput
        id={goalFieldId('title')}
        label={t('plan.goal.title')}
        description={t('plan.builder.titleHint')}
        value={goal.title}
        onChange={(title) => set({ title })}
        error={errors.title}
        isRequired
        multiline
      />
      <CbrElementsField
        id={goalFieldId('cbrElements')}
        value={goal.cbrElements}
        onChange={(cbrElements) => set({ cbrElements })}
        error={errors.cbrElements}
      />
      <fieldset className="fieldset">
        <legend className="field-label">{t('plan.goal.levels')}</legend>
        <p className="field-hint">{t('plan.builder.levelsHint')}</p>
        {[...GAS_LEVELS].reverse().map(({ value, name }) => (
          <TextInput
            key={name}
            id={goalFieldId(`levels.${name}`)}
            label={`${levelNumber(value)} · ${t(LEVEL_KEY[name])}`}
            value={goal.levels[name]}
            onChange={(text) => set({ levels: { ...goal.levels, [name]: text } })}
            error={errors[`levels.${name}`] ?? (name === 'muchLess' ? errors.levels : undefined)}
            isRequired
            multiline
          />
        ))}
      </fieldset>
      <RadioGroupInput<'-1' | '-2'>
        id={goalFieldId('baseline')}
        label={t('plan.goal.baseline')}
        description={t('plan.builder.baselineHint')}
        options={(['-1', '-2'] as const).map((v) => ({
          value: v,
          label: `${levelNumber(Number(v))} · ${t(v === '-1' ? 'gas.level.somewhat_less' : 'gas.level.much_less')}`,
        }))}
        value={goal.baseline === -2 ? '-2' : '-1'}
        onChange={(v) => set({ baseline: v === '-2' ? -2 : -1 })}
        error={errors.baseline}
        isRequired
      />
      <RadioGroupInput
        id={goalFieldId('importance')}
        label={t('plan.goal.importance')}
        description={t('plan.builder.importanceHint')}
        options={RATINGS.map((r) => ({
          value: r,
          label: `${r} · ${t(`gas.importance.${Number(r) as 0 | 1 | 2 | 3}`)}`,
        }))}
        value={String(goal.importance)}
        onChange={(v) => set({ importance: Number(v) })}
        error={errors.importance}
        isRequired
      />
      <RadioGroupInput
        id={goalFieldId('difficulty')}
        label={t('plan.goal.difficulty')}
        options={RATINGS.map((r) => ({
          value: r,
          label: `${r} · ${t(`gas.difficulty.${Number(r) as 0 | 1 | 2 | 3}`)}`,
        }))}
        value={String(goal.difficulty)}
        onChange={(v) => set({ difficulty: Number(v) })}
        error={errors.difficulty}
        isRequired
      />
      <TextInput
        id={goalFieldId('targetDate')}
        type="date"
        size="short"
        label={t('plan.goal.target')}
        value={goal.targetDate}
        onChange={(targetDate) => set({ targetDate })}
        error={errors.targetDate}
        isRequired
      />
      <fieldset className="fieldset" id={goalFieldId('responsible')}>
        <legend className="field-label">{t('plan.goal.responsible')}</legend>
        {errors.responsible ? <p className="field-error">{errors.responsible}</p> : null}
        {members.map((m) => (
          <CheckboxInput
            key={m.id}
            id={`goal-responsible-${m.id}`}
            label={fullName(m)}
            checked={responsible('household_member', m.id)}
            onChange={(on) => toggle({ kind: 'household_member', personId: m.id }, on)}
          />
        ))}
        <CheckboxInput
          id="goal-responsible-worker"
          label={t('plan.responsible.worker')}
          checked={responsible('worker')}
          onChange={(on) => toggle({ kind: 'worker' }, on)}
        />
        <CheckboxInput
          id="goal-responsible-service"
          label={t('plan.responsible.service')}
          checked={service !== undefined}
          onChange={(on) => toggle({ kind: 'service', name: '', organizationId: null }, on)}
        />
        {service ? (
          <TextInput
            id={goalFieldId('responsible-service-name')}
            label={t('plan.builder.serviceName')}
            description={t('plan.builder.serviceNameHint')}
            value={service.name}
            onChange={(name) =>
              set({
                responsible: goal.responsible.map((r) =>
                  r.kind === 'service' ? { ...r, name } : r,
                ),
              })
            }
            isRequired
          />
        ) : null}
      </fieldset>
      <div className="form-actions">
        <Button className="button primary" onPress={save}>
          {t('plan.builder.saveGoal')}
        </Button>
        <Button className="button secondary" onPress={onCancel}>
          {t('action.cancel')}
        </Button>
      </div>
    </div>
  );
}
