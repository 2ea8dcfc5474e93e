import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Input, Label, SearchField } from 'react-aria-components';
import { Link } from 'react-router';
import { allows } from '../../app/guards.component.js';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { useDebouncedValue } from '../../components/use-debounced-value.js';
import { useHouseholdList } from '../../data/use-registry.js';
import { useMe } from '../../data/use-session.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { HouseholdCard } from './household-card.component.js';
import { BusyButton } from '../../components/busy-button.component.js';

// The worker's tasks (computed on the device with the domain's rules) load after the list.
const TasksPanel = lazy(async () => ({
  default: (await import('../tasks/tasks-panel.component.js')).TasksPanel,
}));

export function HouseholdListPage() {
  const { t } = useI18n();
  const me = useMe();
  const [search, setSearch] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const focusFrom = useRef<number | null>(null);
  const q = useDebouncedValue(search.trim());
  const list = useHouseholdList(q);
  const households = list.data?.pages.flatMap((page) => page.items) ?? [];
  const canWrite = allows(me.role, 'registry-write');

  // After "Show more", keyboard and screen reader users continue at the first household loaded.
  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || households.length <= from) return;
    focusFrom.current = null;
    listRef.current?.querySelectorAll<HTMLElement>('li h2 a')[from]?.focus();
  }, [households.length]);

  return (
    <>
      <div className="page-head">
        <PageHeading title={t('household.list.title')}>{t('household.list.title')}</PageHeading>
        {canWrite ? (
          <Link to="/households/new" className="button primary">
            <span aria-hidden="true">+ </span>
            {t('nav.register')}
          </Link>
        ) : null}
      </div>

      {canWrite ? (
        <Suspense fallback={null}>
          <TasksPanel />
        </Suspense>
      ) : null}

      <div role="search" className="search-box">
        <SearchField className="field" value={search} onChange={setSearch}>
          <Label className="field-label">{t('household.list.search')}</Label>
          <Input className="input" />
        </SearchField>
      </div>

      <p className="visually-hidden" role="status">
        {list.isSuccess && !list.isPlaceholderData
          ? households.length
            ? t('household.list.count', { count: households.length })
            : q
              ? t('household.list.noResults', { query: q })
              : t('household.list.empty')
          : ''}
      </p>

      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}

      {list.isSuccess && households.length === 0 ? (
        <div className="empty-state">
          <p>{q ? t('household.list.noResults', { query: q }) : t('household.list.empty')}</p>
          {canWrite && !q ? (
            <Link to="/households/new" className="button primary">
              {t('nav.register')}
            </Link>
          ) : null}
        </div>
      ) : null}

      {households.length ? (
        <ul ref={listRef} className="card-list" aria-busy={list.isFetching}>
          {households.map((household) => (
            <li key={household.id}>
              <HouseholdCard household={household} />
            </li>
          ))}
        </ul>
      ) : null}

      {list.hasNextPage ? (
        <div className="load-more">
          <BusyButton
            className="button secondary"
            onPress={() => {
              focusFrom.current = households.length;
              void list.fetchNextPage();
            }}
            busy={list.isFetchingNextPage}
            busyLabel={t('status.loading')}
          >
            {t('action.loadMore')}
          </BusyButton>
        </div>
      ) : null}
    </>
  );
}
