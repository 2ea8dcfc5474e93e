import { canManageOrganizations } from '@birge/domain';
import { useEffect, useRef, useState } from 'react';
import { Input, Label, SearchField } from 'react-aria-components';
import { Link, useSearchParams } from 'react-router';
import { BusyButton } from '../../components/busy-button.component.js';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { useDebouncedValue } from '../../components/use-debounced-value.js';
import { useMe } from '../../data/use-session.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { actorOfMe } from './directory-access.js';
import { useOrganizations } from './use-directory.js';
import { readFilter, requestFilter, writeFilter, type DirectoryState } from './directory-filter.js';
import { DirectoryFilters } from './directory-filters.component.js';
import { NearestButton } from './nearest-button.component.js';
import { OrganizationCard } from './organization-card.component.js';
import './directory.css';

/** The service directory: search, filters, nearest first, and the results (all roles). */
export function DirectoryPage() {
  const { t } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const state = readFilter(params);
  const [search, setSearch] = useState(state.q);
  const q = useDebouncedValue(search.trim());
  const list = useOrganizations(requestFilter(state, q));
  const organizations = list.data?.pages.flatMap((page) => page.items) ?? [];
  const listRef = useRef<HTMLUListElement>(null);
  const focusFrom = useRef<number | null>(null);
  const canManage = canManageOrganizations(actorOfMe(me));

  const update = (next: DirectoryState) => setParams(writeFilter(next), { replace: true });
  // The search text goes into the address once typing pauses.
  useEffect(() => {
    if (q !== state.q) update({ ...state, q });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the debounced text changes
  }, [q]);

  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || organizations.length <= from) return;
    focusFrom.current = null;
    listRef.current?.querySelectorAll<HTMLElement>('li h2 a')[from]?.focus();
  }, [organizations.length]);

  return (
    <>
      <div className="page-head">
        <PageHeading title={t('directory.title')}>{t('directory.title')}</PageHeading>
        {canManage ? (
          <Link to="/directory/new" className="button primary">
            <span aria-hidden="true">+ </span>
            {t('directory.add')}
          </Link>
        ) : null}
      </div>
      <p className="lead">{t('directory.intro')}</p>

      <div role="search" className="search-box">
        <SearchField className="field" value={search} onChange={setSearch}>
          <Label className="field-label">{t('directory.search')}</Label>
          <Input className="input" />
        </SearchField>
      </div>
      <DirectoryFilters state={state} onChange={update} />
      <NearestButton near={state.near} onChange={(near) => update({ ...state, near })} />

      <h2 className="section-title">{t('directory.results')}</h2>
      <p className="visually-hidden" role="status">
        {list.isSuccess && !list.isPlaceholderData
          ? organizations.length
            ? t('directory.count', { count: organizations.length })
            : t('directory.empty')
          : ''}
      </p>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && organizations.length === 0 ? (
        <div className="empty-state">
          <p>{t('directory.empty')}</p>
        </div>
      ) : null}
      {organizations.length ? (
        <ul ref={listRef} className="card-list" aria-busy={list.isFetching}>
          {organizations.map((org) => (
            <li key={org.id}>
              <OrganizationCard org={org} />
            </li>
          ))}
        </ul>
      ) : null}
      {list.hasNextPage ? (
        <div className="load-more">
          <BusyButton
            className="button secondary"
            onPress={() => {
              focusFrom.current = organizations.length;
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
