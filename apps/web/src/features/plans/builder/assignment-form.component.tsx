import {
  FREQUENCY_PERIODS,
  type Activity,
  type FrequencyPeriod,
  type PersonSummary,
} from '@birge/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { RadioGroupInput } from '../../../components/choice-fields.component.js';
import { ErrorSummary } from '../../../components/error-summary.component.js';
import { TextInput } from '../../../components/text-field.component.js';
import { fullName } from '../../../i18n/format.js';
import { useI18n } from '../../../i18n/i18n-context.js';
import type { FieldErrors } from '../../person-form/issues.js';
import { Pictogram } from '../pictogram.component.js';
import type { AssignmentDraft, GoalDraft, PlanDraft } from './plan-draft.js';

const NO_GOAL = 'none';

/**
 * An activity of the home programme: the card (steps, materials, safety, when to stop), the
 * named family member who does it with the person, how often, for which goal and when.
 */
export function AssignmentForm({
  draft,
  assignment: initial,
  activity,
  members,
  goals,
  onSave,
  onCancel,
}: {
  draft: PlanDraft;
  assignment: AssignmentDraft;
  activity: Activity | undefined;
  members: readonly PersonSummary[];
  goals: readonly GoalDraft[];
  onSave: (assignment: AssignmentDraft) => void;
  onCancel: () => void;
}) {
  const { t, language } = useI18n();
  const [a, setA] = useState(initial);
  const [times, setTimes] = useState(String(initial.frequency.times));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const set = (change: Partial<AssignmentDraft>) => setA((x) => ({ ...x, ...change }));

  const save = () => {
    const found: FieldErrors = {};
    const n = Number(times);
    if (!members.some((m) => m.id === a.personId)) found.personId = t('validation.required');
    if (!/^\d+$/.test(times) || n < 1 || n > 10) found.times = t('plan.frequency_out_of_range');
    if (!a.startsOn) found.startsOn = t('validation.required');
    if (!a.endsOn) found.endsOn = t('validation.required');
    else if (a.endsOn < a.startsOn) found.endsOn = t('plan.assignment_end_before_start');
    else if (a.startsOn < draft.startsOn || a.endsOn > draft.endsOn)
      found.startsOn = t('plan.assignment_outside_period');
    if (Object.keys(found).length) {
      setErrors(found);
      setAttempt((k) => k + 1);
      return;
    }
    onSave({ ...a, frequency: { ...a.frequency, times: n } });
  };

  const title = activity?.title[language] ?? a.activityId;
  return (
    <div className="card assignment-form">
      <ErrorSummary
        items={Object.entries(errors).map(([path, message]) => ({
          fieldId: `assignment-${path}`,
          message,
        }))}
        attempt={attempt}
      />
      <div className="activity-head">
        {activity ? <Pictogram id={activity.pictogram} /> : null}
        <div>
          <h3 className="card-title">{title}</h3>
          {activity ? <p>{activity.purpose[language]}</p> : null}
        </div>
      </div>
      {activity ? (
        <details className="activity-details">
          <summary>{t('plan.activity.howTo')}</summary>
          <h4>{t('plan.activity.steps')}</h4>
          <ol>
            {activity.steps.map((s) => (
              <li key={s[language]}>{s[language]}</li>
            ))}
          </ol>
          {activity.materials.length ? (
            <>
              <h4>{t('plan.activity.materials')}</h4>
              <ul>
                {activity.materials.map((m) => (
                  <li key={m[language]}>{m[language]}</li>
                ))}
              </ul>
            </>
          ) : null}
          <h4>{t('plan.activity.safety')}</h4>
          <ul>
            {activity.safety.map((s) => (
              <li key={s[language]}>{s[language]}</li>
            ))}
          </ul>
          <h4>{t('plan.activity.stopSigns')}</h4>
          <ul>
            {activity.stopSigns.map((s) => (
              <li key={s[language]}>{s[language]}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <RadioGroupInput
        id="assignment-personId"
        label={t('plan.activity.member')}
        description={t('plan.activity.memberHint')}
        options={members.map((m) => ({ value: m.id, label: fullName(m) }))}
        value={a.personId}
        onChange={(personId) => set({ personId })}
        error={errors.personId}
        isRequired
      />
      <div className="field-row">
        <TextInput
          id="assignment-times"
          inputMode="numeric"
          size="short"
          label={t('plan.activity.times')}
          value={times}
          onChange={setTimes}
          error={errors.times}
          isRequired
        />
        <RadioGroupInput<FrequencyPeriod>
          id="assignment-per"
          label={t('plan.activity.period')}
          options={FREQUENCY_PERIODS.map((p) => ({ value: p, label: t(`plan.activity.per.${p}`) }))}
          value={a.frequency.per}
          onChange={(per) => set({ frequency: { ...a.frequency, per } })}
          isRequired
          inline
        />
      </div>
      {goals.length > 0 ? (
        <RadioGroupInput
          id="assignment-goalId"
          label={t('plan.programme.goal')}
          options={[
            { value: NO_GOAL, label: t('plan.activity.noGoal') },
            ...goals.map((g) => ({ value: g.id, label: g.title })),
          ]}
          value={a.goalId ?? NO_GOAL}
          onChange={(v) => set({ goalId: v === NO_GOAL ? null : v })}
        />
      ) : null}
      <div className="field-row">
        <TextInput
          id="assignment-startsOn"
          type="date"
          size="short"
          label={t('plan.activity.startsOn')}
          value={a.startsOn}
          onChange={(startsOn) => set({ startsOn })}
          error={errors.startsOn}
          isRequired
        />
        <TextInput
          id="assignment-endsOn"
          type="date"
          size="short"
          label={t('plan.activity.endsOn')}
          value={a.endsOn}
          onChange={(endsOn) => set({ endsOn })}
          error={errors.endsOn}
          isRequired
        />
      </div>
      <TextInput
        id="assignment-note"
        label={t('plan.programme.note')}
        description={t('plan.activity.noteHint')}
        value={a.note}
        onChange={(note) => set({ note })}
        multiline
      />
      <div className="form-actions">
        <Button className="button primary" onPress={save}>
          {t('plan.activity.save')}
        </Button>
        <Button className="button secondary" onPress={onCancel}>
          {t('action.cancel')}
        </Button>
      </div>
    </div>
  );
}
