import type { PlanVersion, Translate } from '@birge/domain';
import { useState } from 'react';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { usePlanHistory } from '../../data/use-plans.js';
import { useI18n } from '../../i18n/i18n-context.js';

const PARTS = [
  ['period', ['startsOn', 'endsOn']],
  ['goals', ['goals']],
  ['programme', ['assignments']],
  ['schedule', ['visitIntervalDays', 'reviewIntervalDays', 'gasWeighting']],
  ['note', ['note']],
] as const;

/** The parts of the plan a version changed, compared with the one before it. */
export function changedParts(before: PlanVersion | undefined, after: PlanVersion): string[] {
  if (!before) return [];
  return PARTS.filter(([, fields]) =>
    fields.some((f) => JSON.stringify(before.content[f]) !== JSON.stringify(after.content[f])),
  ).map(([part]) => part);
}

function versionLine(version: PlanVersion, before: PlanVersion | undefined, t: Translate) {
  switch (version.change) {
    case 'created':
      return t('plan.history.created', { status: t(`plan.status.${version.status}`) });
    case 'status':
      return t('plan.history.status', { status: t(`plan.status.${version.status}`) });
    case 'updated': {
      const parts = changedParts(before, version).map((p) =>
        t(`plan.history.part.${p as (typeof PARTS)[number][0]}`),
      );
      return t('plan.history.updated', { parts: parts.join(', ') || '—' });
    }
  }
}

/** Every version of the plan, kept by the server: loaded when the worker opens the list. */
export function PlanHistory({ planId }: { planId: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('plan.history.show')}</summary>
      {open ? <Versions planId={planId} /> : null}
    </details>
  );
}

function Versions({ planId }: { planId: string }) {
  const { t, formatDateTime } = useI18n();
  const history = usePlanHistory(planId);
  if (history.isPending) return <Loading />;
  if (history.isError) {
    if (isRepositoryError(history.error) && history.error.code === 'network')
      return <p className="notice notice-info">{t('plan.history.offline')}</p>;
    return <LoadError error={history.error} onRetry={() => void history.refetch()} />;
  }
  const versions = history.data;
  return (
    <ol className="history-list" reversed>
      {[...versions].reverse().map((v) => {
        const before = versions.find((x) => x.rev === v.rev - 1);
        return (
          <li key={v.rev}>
            <strong>{t('plan.history.version', { rev: v.rev })}</strong> ·{' '}
            {formatDateTime(v.changedAt)}
            {v.changedBy ? ` · ${v.changedBy}` : null}
            <br />
            {versionLine(v, before, t)}
          </li>
        );
      })}
    </ol>
  );
}
