import type { Conflict, ConflictResolution } from '@birge/domain';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { BusyButton } from '../../components/busy-button.component.js';
import { ErrorSummary, type SummaryItem } from '../../components/error-summary.component.js';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError, problemMessage } from '../../components/query-state.component.js';
import { Badge } from '../../components/status-badge.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { useMe } from '../../data/use-session.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { Fact } from '../households/household-facts.component.js';
import { NotFoundPage } from '../system/not-found.page.js';
import { ConflictChoices, ConflictTable, pickId } from './conflict-compare.component.js';
import {
  devicePickCount,
  fieldLabel,
  initialPicks,
  mergeResolution,
  type Side,
} from './conflict-fields.js';
import { entityName, recordPath, resolutionName } from './conflict-text.js';
import { relativeTime } from './relative-time.js';
import { supervisionAccess } from './supervision-access.js';
import { useConflict, useResolveConflict } from './use-supervision.js';
import './supervision.css';

export function ConflictPage() {
  const { conflictId = '' } = useParams();
  const { t } = useI18n();
  const conflict = useConflict(conflictId);

  if (conflict.isPending) return <Loading />;
  if (conflict.isError) {
    if (isRepositoryError(conflict.error) && conflict.error.status === 404) return <NotFoundPage />;
    return <LoadError error={conflict.error} onRetry={() => void conflict.refetch()} />;
  }
  const title = t('supervision.conflict.title', { label: conflict.data.label });
  return (
    <>
      <p className="breadcrumb">
        <Link
          to={
            conflict.data.status === 'resolved'
              ? '/sync/conflicts?status=resolved'
              : '/sync/conflicts'
          }
        >
          {t('supervision.conflicts.title')}
        </Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      <ConflictFacts conflict={conflict.data} />
      <ConflictBody key={conflict.data.status} conflict={conflict.data} />
    </>
  );
}

function ConflictFacts({ conflict }: { conflict: Conflict }) {
  const { t, formatDateTime } = useI18n();
  const [now] = useState(() => new Date());
  const path = recordPath(conflict.entity, conflict.recordId, conflict.householdId);
  return (
    <dl className="facts facts-grid">
      <Fact term={t('supervision.conflict.record')}>
        {path ? <Link to={path}>{conflict.label}</Link> : conflict.label}{' '}
        <span className="muted">({entityName(conflict.entity, t)})</span>
      </Fact>
      <Fact term={t('supervision.conflict.sentBy')}>{conflict.createdBy?.name}</Fact>
      <Fact term={t('supervision.conflict.sentAt')}>
        <time dateTime={conflict.createdAt}>{formatDateTime(conflict.createdAt)}</time>{' '}
        <span className="muted">({relativeTime(conflict.createdAt, now, t)})</span>
      </Fact>
      <Fact term={t('supervision.conflict.device')}>
        {conflict.deviceId ? (
          <code title={conflict.deviceId}>{conflict.deviceId.slice(0, 8)}</code>
        ) : null}
      </Fact>
      <Fact term={t('supervision.conflict.status')}>
        {conflict.status === 'open' ? (
          <Badge tone="warn">{t('supervision.conflict.statusOpen')}</Badge>
        ) : (
          <Badge tone="good">
            {conflict.resolution
              ? resolutionName(conflict.resolution, t)
              : t('supervision.conflict.statusResolved')}
          </Badge>
        )}
      </Fact>
      {conflict.resolvedBy ? (
        <Fact term={t('supervision.conflict.resolvedBy')}>
          {t('supervision.conflict.resolvedByAt', {
            name: conflict.resolvedBy.name,
            date: formatDateTime(conflict.resolvedAt),
          })}
        </Fact>
      ) : null}
    </dl>
  );
}

function ConflictBody({ conflict }: { conflict: Conflict }) {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const resolve = useResolveConflict(conflict.id);
  const [picks, setPicks] = useState<Record<string, Side>>(() => initialPicks(conflict.fields));
  const [chosen, setChosen] = useState<ConflictResolution['choice'] | null>(null);
  const [attempt, setAttempt] = useState(0);
  const canResolve = supervisionAccess(me).resolve && conflict.status === 'open';

  const explanation =
    conflict.op === 'delete'
      ? t('supervision.conflict.deleteExplained')
      : conflict.serverData === null
        ? t('supervision.conflict.goneExplained')
        : t('supervision.conflict.explained', { count: conflict.fields.length });

  if (!canResolve)
    return (
      <section className="section" aria-labelledby="compare-heading">
        <h2 id="compare-heading">{t('supervision.conflict.compare')}</h2>
        <p>{explanation}</p>
        {conflict.status === 'open' ? (
          <p className="notice notice-info">{t('supervision.conflict.readOnly')}</p>
        ) : null}
        {conflict.fields.length ? <ConflictTable conflict={conflict} /> : null}
      </section>
    );

  const submit = (resolution: ConflictResolution) => {
    if (resolve.isPending) return;
    setChosen(resolution.choice);
    resolve.mutate(resolution, {
      onSuccess: (done) =>
        void navigate('/sync/conflicts', {
          state: {
            flash: t('supervision.conflict.resolvedFlash', {
              label: done.label || conflict.label,
              resolution: done.resolution ? resolutionName(done.resolution, t) : '',
            }),
          },
        }),
      onError: () => setAttempt((n) => n + 1),
    });
  };

  const error = resolve.error;
  const fieldErrors = isRepositoryError(error) ? error.fieldErrors : [];
  const byField: Record<string, string> = {};
  const summary: SummaryItem[] = fieldErrors.map((e) => {
    const field = conflict.fields.find((f) => e.path === f || e.path.startsWith(`${f}.`));
    if (field) byField[field] = e.message;
    const label = fieldLabel(conflict.entity, e.path, t);
    return {
      fieldId: field ? pickId(field) : undefined,
      message: t('form.fieldError', { field: label, message: e.message }),
    };
  });
  const alreadyResolved = isRepositoryError(error) && error.status === 409;
  const mergeable =
    conflict.op !== 'delete' && conflict.serverData !== null && conflict.fields.length > 0;
  const fromDevice = devicePickCount(conflict.fields, picks);

  return (
    <section className="section" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('supervision.conflict.compare')}</h2>
      <p>{explanation}</p>
      <ErrorSummary
        items={summary}
        attempt={attempt}
        title={t('supervision.conflict.invalidTitle')}
      />
      {error && !summary.length ? (
        <div className="notice notice-error" role="alert">
          <p>
            {alreadyResolved ? t('supervision.conflict.alreadyResolved') : problemMessage(error, t)}
          </p>
          {alreadyResolved ? (
            <p>
              <Link to="/sync/conflicts">{t('supervision.conflict.backToList')}</Link>
            </p>
          ) : null}
        </div>
      ) : null}
      {mergeable ? (
        <ConflictChoices
          conflict={conflict}
          picks={picks}
          errors={byField}
          onPick={(field, side) => setPicks((current) => ({ ...current, [field]: side }))}
        />
      ) : null}
      {mergeable ? (
        <p className="muted">
          {t('supervision.conflict.pickSummary', {
            count: fromDevice,
            total: conflict.fields.length,
          })}
        </p>
      ) : null}
      <div className="form-actions resolve-actions">
        {mergeable ? (
          <BusyButton
            busy={resolve.isPending && chosen === 'merge'}
            busyLabel={t('status.saving')}
            onPress={() => submit(mergeResolution(conflict.fields, picks))}
          >
            {t('supervision.conflict.merge')}
          </BusyButton>
        ) : null}
        <BusyButton
          className="button secondary"
          busy={resolve.isPending && chosen === 'server'}
          busyLabel={t('status.saving')}
          onPress={() => submit({ choice: 'server' })}
        >
          {t('supervision.conflict.keepServer')}
        </BusyButton>
        <BusyButton
          className={conflict.op === 'delete' ? 'button danger' : 'button secondary'}
          busy={resolve.isPending && chosen === 'device'}
          busyLabel={t('status.saving')}
          onPress={() => submit({ choice: 'device' })}
        >
          {conflict.op === 'delete'
            ? t('supervision.conflict.takeDeviceDelete')
            : t('supervision.conflict.takeDevice')}
        </BusyButton>
      </div>
    </section>
  );
}
