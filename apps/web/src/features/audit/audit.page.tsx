import type { MessageKey } from '@birge/domain';

import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError, problemMessage } from '../../components/query-state.component.js';
import { Badge } from '../../components/status-badge.component.js';
import { useRepository } from '../../data/repository-context.js';
import { useAuditLog, useVerifyAudit } from '../../data/use-registry.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { BusyButton } from '../../components/busy-button.component.js';

const ACTIONS: Record<string, MessageKey> = {
  create: 'auditAction.create',
  update: 'auditAction.update',
  delete: 'auditAction.delete',
  read: 'auditAction.read',
  login: 'auditAction.login',
  login_failed: 'auditAction.login_failed',
  logout: 'auditAction.logout',
  export: 'auditAction.export',
  consent_withdraw: 'auditAction.consent_withdraw',
};

const ENTITIES: Record<string, MessageKey> = {
  person: 'auditEntity.person',
  household: 'auditEntity.household',
  consent: 'auditEntity.consent',
  user: 'auditEntity.user',
  audit_log: 'auditEntity.audit_log',
};

function VerifyChain() {
  const { t } = useI18n();
  const verify = useVerifyAudit();
  return (
    <div className="verify">
      <BusyButton
        className="button secondary"
        onPress={() => verify.mutate()}
        busy={verify.isPending}
        busyLabel={t('status.loading')}
      >
        {t('audit.verify')}
      </BusyButton>
      <div role="status" className="verify-result">
        {verify.data ? (
          verify.data.intact ? (
            <Badge tone="good">{t('audit.verified', { count: verify.data.checked })}</Badge>
          ) : (
            <Badge tone="bad">{t('audit.broken', { count: verify.data.breaks.length })}</Badge>
          )
        ) : null}
        {verify.error ? <span>{problemMessage(verify.error, t)}</span> : null}
      </div>
    </div>
  );
}

export function AuditPage() {
  const { t, formatDateTime } = useI18n();
  const repository = useRepository();
  const log = useAuditLog();
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeading title={t('audit.title')}>{t('audit.title')}</PageHeading>
      <p className="lead">{t('audit.intro')}</p>
      <div className="toolbar">
        <VerifyChain />
        <a className="button secondary" href={repository.auditExportUrl()} download>
          {t('audit.exportCsv')}
        </a>
      </div>

      {log.isPending ? <Loading /> : null}
      {log.isError ? <LoadError error={log.error} onRetry={() => void log.refetch()} /> : null}
      {entries.length ? (
        // A scrolling region must be reachable by keyboard to scroll it (WCAG 2.1.1).
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <div className="table-scroll" role="region" aria-labelledby="audit-caption" tabIndex={0}>
          <table className="table">
            <caption id="audit-caption">{t('audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.entity')}</th>
                <th scope="col">{t('audit.ip')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => {
                const action = ACTIONS[entry.action];
                const entity = entry.entity ? ENTITIES[entry.entity] : undefined;
                const role = entry.actorRole ? ROLE_KEYS[entry.actorRole] : undefined;
                return (
                  <tr key={entry.id}>
                    <td className="nowrap">{formatDateTime(entry.at)}</td>
                    <td>
                      {entry.actorUsername ?? t('history.system')}
                      {role ? <span className="muted"> ({t(role)})</span> : null}
                    </td>
                    <td>{action ? t(action) : entry.action}</td>
                    <td>
                      {entity ? t(entity) : entry.entity}
                      {entry.entityId ? (
                        <code className="id">{entry.entityId.slice(0, 8)}</code>
                      ) : null}
                      {entry.fields.length ? (
                        <span className="muted small"> {entry.fields.join(', ')}</span>
                      ) : null}
                    </td>
                    <td className="nowrap">{entry.ip}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {log.hasNextPage ? (
        <div className="load-more">
          <BusyButton
            className="button secondary"
            onPress={() => void log.fetchNextPage()}
            busy={log.isFetchingNextPage}
            busyLabel={t('status.loading')}
          >
            {t('action.loadMore')}
          </BusyButton>
        </div>
      ) : null}
    </>
  );
}

const ROLE_KEYS: Record<string, MessageKey> = {
  admin: 'role.admin',
  worker: 'role.worker',
  supervisor: 'role.supervisor',
  manager: 'role.manager',
  provider: 'role.provider',
  family: 'role.family',
  committee: 'role.committee',
  analyst: 'role.analyst',
};
