import type { DayState, WeekProgress } from './today.js';
import { StateIcon } from './family-icons.component.js';
import { weekdayKey } from './family-words.js';
import { useI18n } from '../../i18n/i18n-context.js';

/**
 * One activity's week, Monday to Sunday: each day's mark with its short name, the day and what
 * happened in words for a screen reader, and the week in a sentence. Shapes and words, never
 * colour alone.
 */
export function WeekRow({ progress, title }: { progress: WeekProgress; title: string }) {
  const { t } = useI18n();
  return (
    <div className="week-row">
      <h3 className="week-title">{title}</h3>
      <ol className="week-days" aria-label={t('family.week.title')}>
        {progress.days.map((day) => {
          const key = weekdayKey(day.weekday);
          return (
            <li key={day.date} className={`week-day week-${day.state}`}>
              <span className="week-day-name" aria-hidden="true">
                {t('family.weekdayShort', { day: key })}
              </span>
              <StateIcon state={day.state} />
              {day.sessions > 1 ? (
                <span className="week-day-count" aria-hidden="true">
                  ×{day.sessions}
                </span>
              ) : null}
              <span className="visually-hidden">
                {t('family.week.day', {
                  day: t('family.weekday', { day: key }),
                  state: stateWords(day.state, t),
                })}
                {day.sessions > 1 ? ` (×${day.sessions})` : ''}
              </span>
            </li>
          );
        })}
      </ol>
      <p className="week-summary">
        {t('family.week.summary', {
          done: progress.done,
          partly: progress.partly,
          target: progress.target,
        })}
      </p>
    </div>
  );
}

function stateWords(state: DayState, t: ReturnType<typeof useI18n>['t']): string {
  return t('family.week.state', { state });
}

const LEGEND: readonly DayState[] = ['done', 'partly', 'not_today', 'none', 'coming'];

/** What the marks mean, once per page. */
export function WeekLegend() {
  const { t } = useI18n();
  return (
    <div className="week-legend">
      <p className="week-legend-title">{t('family.week.legend')}</p>
      <ul>
        {LEGEND.map((state) => (
          <li key={state}>
            <StateIcon state={state} size={20} />
            <span>{stateWords(state, t)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
