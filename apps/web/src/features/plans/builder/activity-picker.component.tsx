import {
  ACTIVITY_CATEGORIES,
  activityFitsAge,
  type Activity,
  type ActivityCategory,
} from '@birge/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { CheckboxInput, SelectInput } from '../../../components/choice-fields.component.js';
import { useI18n } from '../../../i18n/i18n-context.js';
import { Pictogram } from '../pictogram.component.js';

/** Ages of a card in words: "from 1 year", "2–6 years". */
function agesText(card: Activity, t: ReturnType<typeof useI18n>['t']): string {
  const from = Math.floor(card.ages.minMonths / 12);
  if (card.ages.maxMonths === null) return t('plan.activity.agesFrom', { from });
  return t('plan.activity.agesRange', { from, to: Math.floor(card.ages.maxMonths / 12) });
}

/**
 * The activity library to choose from: by category, for the person's age unless the worker asks
 * for every age, each card with its pictogram and purpose. Retired cards are not offered.
 */
export function ActivityPicker({
  activities,
  ageMonths,
  onChoose,
  onCancel,
}: {
  activities: readonly Activity[];
  ageMonths: number;
  onChoose: (activity: Activity) => void;
  onCancel: () => void;
}) {
  const { t, language } = useI18n();
  const [category, setCategory] = useState<ActivityCategory | ''>('');
  const [forAge, setForAge] = useState(true);
  const shown = activities.filter(
    (a) =>
      !a.retired &&
      (category === '' || a.category === category) &&
      (!forAge || activityFitsAge(a, ageMonths)),
  );
  return (
    <div className="activity-picker">
      <div className="card">
        <SelectInput<ActivityCategory>
          id="picker-category"
          label={t('plan.activity.category')}
          options={ACTIVITY_CATEGORIES.map((c) => ({ value: c, label: t(`plan.category.${c}`) }))}
          value={category}
          onChange={setCategory}
        />
        <CheckboxInput
          id="picker-for-age"
          label={t('plan.activity.forAge', { years: Math.floor(ageMonths / 12) })}
          checked={forAge}
          onChange={setForAge}
        />
      </div>
      <p role="status" className="small muted">
        {t('plan.activity.count', { count: shown.length })}
      </p>
      <ul className="card-list">
        {shown.map((card) => (
          <li key={card.id} className="card activity-card">
            <div className="activity-head">
              <Pictogram id={card.pictogram} />
              <div>
                <h3 className="card-title">{card.title[language]}</h3>
                <p className="small muted">
                  {t(`plan.category.${card.category}`)} · {agesText(card, t)}
                </p>
              </div>
            </div>
            <p>{card.purpose[language]}</p>
            <Button
              className="button secondary"
              onPress={() => onChoose(card)}
              aria-label={t('plan.activity.chooseNamed', { title: card.title[language] })}
            >
              {t('plan.activity.choose')}
            </Button>
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <Button className="button secondary" onPress={onCancel}>
          {t('action.back')}
        </Button>
      </div>
    </div>
  );
}
