import type { Translate } from '@birge/domain';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n-context.js';
import { useSyncStatus } from './device-context.js';
import { relativeTime } from './relative-time.js';
import type { SyncStatus } from './sync-engine.js';

/** Re-renders every half minute so "2 minutes ago" stays true. */
function useNow(periodMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), periodMs);
    return () => clearInterval(timer);
  }, [periodMs]);
  return now;
}

/**
 * What a screen reader hears when a sync ends (a polite live region). The text changes only when
 * an attempt ends differently, so a quiet periodic sync or a repeated retry is not read out again.
 */
export function syncAnnouncement(status: SyncStatus | null, t: Translate): string {
  if (!status) return '';
  const { outcome, problem } = status;
  if (problem === 'network') return t('sync.announce.offline');
  if (problem === 'server') return t('sync.announce.server');
  if (problem === 'signed-out') return t('sync.announce.signedOut');
  if (!outcome || !(outcome.sent || outcome.received)) return '';
  const troubles = outcome.rejected + outcome.conflicts;
  return [
    t('sync.announce.done', { sent: outcome.applied, received: outcome.received }),
    troubles ? t('sync.status.problems', { count: troubles }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** The header's line: connection, last sync, changes waiting, problems — all as text. */
export function SyncStatusBar() {
  const { t } = useI18n();
  const status = useSyncStatus();
  const now = useNow();
  const announcement = syncAnnouncement(status, t);
  if (!status) return null;
  const { online, running, lastSyncAt, pending, problems } = status;
  return (
    <div className="sync-bar">
      <Link to="/sync" className="sync-bar-link">
        <span
          className={`sync-dot ${online ? 'sync-dot-on' : 'sync-dot-off'}`}
          aria-hidden="true"
        />
        <span>{online ? t('sync.status.online') : t('sync.status.offline')}</span>
        <span aria-hidden="true">·</span>
        <span>
          {running
            ? t('sync.status.syncing')
            : lastSyncAt
              ? t('sync.status.lastSync', { when: relativeTime(lastSyncAt, t, now) })
              : t('sync.status.never')}
        </span>
        {pending ? (
          <>
            <span aria-hidden="true">·</span>
            <span>{t('sync.status.pending', { count: pending })}</span>
          </>
        ) : null}
        {problems ? (
          <>
            <span aria-hidden="true">·</span>
            <span className="sync-bar-problems">
              <span aria-hidden="true">⚠ </span>
              {t('sync.status.problems', { count: problems })}
            </span>
          </>
        ) : null}
      </Link>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
