import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { BusyButton } from '../components/busy-button.component.js';
import { ConfirmDialog } from '../components/confirm-dialog.component.js';
import { PageHeading } from '../components/page-heading.component.js';
import { Loading } from '../components/query-state.component.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useDevice, useSyncStatus } from './device-context.js';
import type { Problem } from './outbox-problems.js';
import { useDiscardProblem, useSyncProblems } from './use-device-sync.js';

function problemLink(problem: Problem): string {
  if (problem.targetEntity === 'referral') return `/referrals/${problem.targetId}`;
  // An education or livelihood entry names its household; the person is one of its members.
  if (
    EDUCATION_ENTITY[problem.targetEntity as keyof typeof EDUCATION_ENTITY] &&
    problem.householdId
  )
    return `/households/${problem.householdId}`;
  return problem.targetEntity === 'household'
    ? `/households/${problem.targetId}`
    : `/persons/${problem.targetId}`;
}

/** A referral and a step of one say so (docs/decisions/0029); other records as before. */
const REFERRAL_ENTITY = {
  referral: 'sync.entity.referral',
  referral_status: 'sync.entity.referral_status',
} as const;

/** Education and livelihood entries (docs/decisions/0027). */
const EDUCATION_ENTITY = {
  education_record: 'sync.entity.education_record',
  livelihood_record: 'sync.entity.livelihood_record',
} as const;

function ProblemItem({ problem, onDiscard }: { problem: Problem; onDiscard: () => void }) {
  const { t, formatDateTime } = useI18n();
  const referral =
    problem.entity === 'referral' || problem.entity === 'referral_status'
      ? t(REFERRAL_ENTITY[problem.entity])
      : null;
  const education =
    problem.entity === 'education_record' || problem.entity === 'livelihood_record'
      ? t(EDUCATION_ENTITY[problem.entity])
      : null;
  const entity =
    referral ??
    education ??
    (problem.entity === 'household'
      ? t('sync.entity.household')
      : problem.entity === 'consent'
        ? t('sync.entity.consent')
        : t('sync.entity.person'));
  const conflict = problem.state === 'conflict';
  return (
    <li className="card problem-card">
      <h3>
        {entity}: {problem.label}
      </h3>
      <p className={`badge ${conflict ? 'badge-info' : 'badge-bad'}`}>
        <span className="badge-symbol" aria-hidden="true">
          {conflict ? '⇄' : '✕'}
        </span>
        {conflict ? t('sync.problem.conflict') : t('sync.problem.rejected')}
      </p>
      {problem.answeredAt ? (
        <p className="hint-text">
          {t('sync.problem.when', { when: formatDateTime(problem.answeredAt) })}
        </p>
      ) : null}
      {conflict ? (
        <p>{t('sync.problem.conflictText')}</p>
      ) : (
        <>
          <ul className="problem-reasons">
            {problem.errors.map((e, i) => (
              <li key={`${e.path}-${i}`}>{e.message}</li>
            ))}
          </ul>
          <p>{t('sync.problem.fixHint')}</p>
        </>
      )}
      <div className="form-actions">
        <Link to={problemLink(problem)} className="button secondary small">
          {t('sync.problem.open', { name: problem.label })}
        </Link>
        <Button className={`button small ${conflict ? 'secondary' : 'danger'}`} onPress={onDiscard}>
          {conflict ? t('sync.problem.dismiss') : t('sync.problem.discard')}
        </Button>
      </div>
    </li>
  );
}

export function SyncPage() {
  const { t, formatDateTime } = useI18n();
  const device = useDevice();
  const status = useSyncStatus();
  const problems = useSyncProblems();
  const discard = useDiscardProblem();
  const [asking, setAsking] = useState<Problem | null>(null);
  const title = t('sync.page.title');

  if (!status) return <Loading />;

  const remove = (problem: Problem) => {
    if (problem.state === 'conflict') discard.mutate(problem.seq);
    else setAsking(problem);
  };

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <div className="form-actions">
        <BusyButton
          busy={status.running}
          busyLabel={t('sync.status.syncing')}
          onPress={() => void device.getEngine()?.syncNow()}
        >
          {t('sync.page.now')}
        </BusyButton>
        <Link to="/sync/pin" className="button secondary">
          {t('pin.changeLink')}
        </Link>
      </div>
      {status.problem ? (
        <p className="notice notice-warn">
          {status.problem === 'network'
            ? t('sync.announce.offline')
            : status.problem === 'server'
              ? t('sync.announce.server')
              : t('sync.announce.signedOut')}
        </p>
      ) : null}

      <h2>{t('sync.page.details')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('sync.page.connection')}</dt>
          <dd>{status.online ? t('sync.status.online') : t('sync.status.offline')}</dd>
        </div>
        <div>
          <dt>{t('sync.page.lastSync')}</dt>
          <dd>{status.lastSyncAt ? formatDateTime(status.lastSyncAt) : t('sync.status.never')}</dd>
        </div>
        <div>
          <dt>{t('sync.page.pending')}</dt>
          <dd>{t('sync.status.pending', { count: status.pending })}</dd>
        </div>
        <div>
          <dt>{t('sync.page.problems')}</dt>
          <dd>{t('sync.status.problems', { count: status.problems })}</dd>
        </div>
      </dl>
      {status.trimmedHouseholds ? (
        <p className="notice notice-info">
          {t('sync.page.trimmed', { count: status.trimmedHouseholds })}
        </p>
      ) : null}

      <h2>{t('sync.page.problems')}</h2>
      {problems.isPending ? <Loading /> : null}
      {problems.data?.length === 0 ? <p>{t('sync.page.noProblems')}</p> : null}
      {problems.data?.length ? (
        <ul className="card-list">
          {problems.data.map((p) => (
            <ProblemItem key={p.seq} problem={p} onDiscard={() => remove(p)} />
          ))}
        </ul>
      ) : null}

      <ConfirmDialog
        isOpen={asking !== null}
        onOpenChange={(open) => {
          if (!open) setAsking(null);
        }}
        title={t('sync.problem.discardTitle')}
      >
        <p>{t('sync.problem.discardText', { name: asking?.label ?? '' })}</p>
        <div className="form-actions">
          <Button
            className="button danger"
            onPress={() => {
              if (asking) discard.mutate(asking.seq);
              setAsking(null);
            }}
          >
            {t('sync.problem.discard')}
          </Button>
          <Button className="button secondary" slot="close" onPress={() => setAsking(null)}>
            {t('action.cancel')}
          </Button>
        </div>
      </ConfirmDialog>
    </>
  );
}
