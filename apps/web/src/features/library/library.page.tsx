import { ACTIVITY_CATEGORIES, type Activity, type ActivityCategory } from '@birge/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { SelectInput } from '../../components/choice-fields.component.js';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { Badge } from '../../components/status-badge.component.js';
import { TextInput } from '../../components/text-field.component.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { Pictogram } from '../plans/pictogram.component.js';
import { matchingCards } from './card-search.js';
import { useLibraryCards } from './use-library.js';
import '../plans/plans.css';
import './library.css';

function ages(card: Activity, t: ReturnType<typeof useI18n>['t']): string {
  const from = Math.floor(card.ages.minMonths / 12);
  if (card.ages.maxMonths === null) return t('plan.activity.agesFrom', { from });
  return t('plan.activity.agesRange', { from, to: Math.floor(card.ages.maxMonths / 12) });
}

/** `/admin/activities`: the library, searched by title and filtered by area, each card linked. */
export function LibraryPage() {
  const { t, language } = useI18n();
  const cards = useLibraryCards();
  const [search, setSearch] = useState('');
  const [category, setCategory] = useState<ActivityCategory | ''>('');
  const title = t('library.title');
  const shown = cards.data ? matchingCards(cards.data, search, category) : [];

  return (
    <div className="library-area">
      <PageHeading title={title}>{title}</PageHeading>
      <p className="lead">{t('library.lead')}</p>
      <p>
        <Link to="/admin/activities/new" className="button primary">
          {t('library.new')}
        </Link>
      </p>
      <div role="search" aria-label={t('library.search')} className="library-filters card">
        <TextInput
          id="library-search"
          type="search"
          label={t('library.search')}
          description={t('library.searchHint')}
          value={search}
          onChange={setSearch}
          size="medium"
        />
        <SelectInput<ActivityCategory>
          id="library-category"
          label={t('plan.activity.category')}
          options={ACTIVITY_CATEGORIES.map((c) => ({ value: c, label: t(`plan.category.${c}`) }))}
          value={category}
          onChange={setCategory}
          emptyLabel={t('library.allCategories')}
        />
      </div>
      {cards.isPending ? <Loading /> : null}
      {cards.isError ? (
        <LoadError error={cards.error} onRetry={() => void cards.refetch()} />
      ) : null}
      {cards.data ? (
        <>
          <p role="status" className="library-count">
            {shown.length ? t('library.count', { count: shown.length }) : t('library.none')}
          </p>
          <ul className="library-list">
            {shown.map((card) => (
              <li key={card.id} className="library-item">
                <Pictogram id={card.pictogram} size={48} />
                <div>
                  <Link to={`/admin/activities/${encodeURIComponent(card.id)}`}>
                    {card.title[language]}
                  </Link>
                  <p className="muted small">
                    {t(`plan.category.${card.category}`)} · {ages(card, t)} ·{' '}
                    {t('library.version', { version: card.version })} ·{' '}
                    {t(`library.origin.${card.origin}`)}
                  </p>
                  {card.retired ? <Badge tone="neutral">{t('library.retired')}</Badge> : null}
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
