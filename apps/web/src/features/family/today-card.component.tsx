import { PICTOGRAMS, isPictogramId } from '@birge/domain';
import { useId } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n-context.js';
import { Pictogram } from '../plans/pictogram.component.js';
import { useEasyRead } from './easy-read.js';
import { frequencyWords } from './family-words.js';
import { PracticeControls } from './practice-controls.component.js';
import type { TodayItem } from './today.js';
import type { FamilyData } from './use-family.js';

/**
 * One activity of the day: its picture (named by what it shows), title, who does it and how
 * often, the worker's tip, what is marked so far, the three answers, and the way to its steps.
 * In easy reading the picture is large and first, and the tip is left for the activity's page.
 */
export function TodayCard({
  item,
  today,
  data,
  headingLevel = 3,
}: {
  item: TodayItem;
  today: string;
  data: FamilyData;
  headingLevel?: 2 | 3;
}) {
  const { t, language } = useI18n();
  const easy = useEasyRead();
  const titleId = useId();
  const { assignment } = item;
  const card = data.card(assignment.activityId);
  const title = card?.title[language] ?? assignment.activityId;
  const picture =
    card && isPictogramId(card.pictogram) ? PICTOGRAMS[card.pictogram].title[language] : null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const counted = item.week
    ? t('family.today.weekSoFar', {
        before: item.week.before + item.logs.filter((l) => l.result !== 'not_today').length,
        times: item.week.times,
      })
    : t('family.today.logged', { logged: item.wanted - item.remaining, wanted: item.wanted });

  return (
    <article
      className={`today-card${item.remaining === 0 ? ' today-card-answered' : ''}`}
      aria-labelledby={titleId}
    >
      <div className="today-card-head">
        {card && picture ? (
          <Pictogram id={card.pictogram} label={picture} size={easy ? 160 : 72} />
        ) : null}
        <div className="today-card-words">
          <Heading id={titleId} className="today-card-title" tabIndex={-1}>
            {title}
          </Heading>
          <p className="today-card-who">
            {t('family.who', { name: data.memberName(assignment.personId) })}
            {easy ? null : (
              <>
                {' · '}
                {frequencyWords(assignment.frequency, t)}
              </>
            )}
          </p>
        </div>
      </div>
      {!easy && assignment.note ? (
        <p className="today-card-note">
          <strong>{t('family.today.note')}:</strong> {assignment.note}
        </p>
      ) : null}
      <p className="today-card-count">{counted}</p>
      <PracticeControls item={item} today={today} titleId={titleId} />
      <p className="today-card-link">
        <Link to={`/family/activities/${assignment.id}`}>{t('family.today.howTo', { title })}</Link>
      </p>
    </article>
  );
}
