import type { Translate } from '@birge/domain';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { Badge } from '../../components/status-badge.component.js';
import { useI18n } from '../../i18n/i18n-context.js';
import {
  sortByTrouble,
  STALE_AFTER_DAYS,
  type MonitoredDevice,
  type Trouble,
} from './device-trouble.js';
import { relativeTime } from './relative-time.js';
import { useSyncDevices } from './use-supervision.js';
import './supervision.css';
import { TableRegion } from './table-region.component.js';

function troubleText(trouble: Trouble, t: Translate): string {
  switch (trouble) {
    case 'unsent':
      return t('supervision.devices.troubleUnsent');
    case 'rejected':
      return t('supervision.devices.troubleRejected');
    case 'never':
      return t('supervision.devices.troubleNever');
    case 'stale':
      return t('supervision.devices.troubleStale', { days: STALE_AFTER_DAYS });
    case 'conflicts':
      return t('supervision.devices.troubleConflicts');
  }
}

/** A moment as "3 days ago" with the exact date and time beside it. */
function When({ iso, now }: { iso: string | null; now: Date }) {
  const { t, formatDateTime } = useI18n();
  if (!iso) return <span className="muted">{t('supervision.devices.never')}</span>;
  return (
    <>
      <span>{relativeTime(iso, now, t)}</span>
      <br />
      <time className="muted small" dateTime={iso}>
        {formatDateTime(iso)}
      </time>
    </>
  );
}

function DeviceRow({ item, now }: { item: MonitoredDevice; now: Date }) {
  const { t } = useI18n();
  const { device, troubles } = item;
  return (
    <tr className={troubles.length ? 'row-trouble' : undefined}>
      <th scope="row">
        {device.user.name}
        <span className="muted small"> ({device.user.username})</span>
        <br />
        <code className="muted small" title={device.deviceId}>
          {t('supervision.devices.deviceId', { id: device.deviceId.slice(0, 8) })}
        </code>
      </th>
      <td>
        {troubles.length ? (
          <ul className="trouble-list">
            {troubles.map((trouble) => (
              <li key={trouble}>
                <Badge tone={trouble === 'conflicts' ? 'warn' : 'bad'}>
                  {troubleText(trouble, t)}
                </Badge>
              </li>
            ))}
          </ul>
        ) : (
          <Badge tone="good">{t('supervision.devices.ok')}</Badge>
        )}
      </td>
      <td className="nowrap">
        <When iso={device.lastSuccessAt} now={now} />
      </td>
      <td className="nowrap">
        <When iso={device.lastPullAt} now={now} />
      </td>
      <td className="nowrap">
        <When iso={device.lastPushAt} now={now} />
      </td>
      <td className="numeric">{device.pending ?? t('supervision.devices.unknown')}</td>
      <td className="numeric">{device.rejected}</td>
      <td className="numeric">
        {device.conflictsOpen ? (
          <Link to="/sync/conflicts">{device.conflictsOpen}</Link>
        ) : (
          device.conflictsOpen
        )}
      </td>
    </tr>
  );
}

/** The sync monitor: every device of the supervisor's places, those in trouble first. */
export function DevicesPage() {
  const { t } = useI18n();
  const devices = useSyncDevices();
  const [now] = useState(() => new Date());
  const title = t('supervision.devices.title');
  const rows = devices.data ? sortByTrouble(devices.data, now) : [];
  const troubled = rows.filter((row) => row.troubles.length).length;

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="lead">{t('supervision.devices.intro', { days: STALE_AFTER_DAYS })}</p>
      {devices.isPending ? <Loading /> : null}
      {devices.isError ? (
        <LoadError error={devices.error} onRetry={() => void devices.refetch()} />
      ) : null}
      {devices.isSuccess && rows.length === 0 ? (
        <div className="empty-state">
          <p>{t('supervision.devices.empty')}</p>
        </div>
      ) : null}
      {rows.length ? (
        <>
          <p role="status" className={troubled ? 'notice notice-warn' : 'notice notice-success'}>
            {troubled
              ? t('supervision.devices.troubledCount', { count: troubled, total: rows.length })
              : t('supervision.devices.allWell', { total: rows.length })}
          </p>
          <TableRegion captionId="devices-caption">
            <table className="table devices-table">
              <caption id="devices-caption">{t('supervision.devices.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('supervision.devices.user')}</th>
                  <th scope="col">{t('supervision.devices.state')}</th>
                  <th scope="col">{t('supervision.devices.lastSuccess')}</th>
                  <th scope="col">{t('supervision.devices.lastPull')}</th>
                  <th scope="col">{t('supervision.devices.lastPush')}</th>
                  <th scope="col" className="numeric">
                    {t('supervision.devices.pending')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('supervision.devices.rejected')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('supervision.devices.conflicts')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <DeviceRow key={row.device.deviceId} item={row} now={now} />
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      ) : null}
    </>
  );
}
