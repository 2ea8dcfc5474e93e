import type { Referral, ReferralStatus } from '@birge/domain';
import { Badge } from '../../components/status-badge.component.js';
import { useI18n } from '../../i18n/i18n-context.js';

const TONE = {
  sent: 'info',
  accepted: 'info',
  scheduled: 'info',
  completed: 'good',
  declined: 'bad',
  not_attended: 'warn',
} as const satisfies Record<ReferralStatus, string>;

/** The status in words with a shape beside it, never colour alone. */
export function ReferralStatusBadge({ status }: { status: ReferralStatus }) {
  const { t } = useI18n();
  return <Badge tone={TONE[status]}>{t(`referrals.status.${status}`)}</Badge>;
}

/**
 * The lines under a referral's name: status, "waiting to send" while it is only on this device,
 * when it was sent, the appointment, and by when the next step is due (or that it is overdue).
 */
export function ReferralProgress({ referral }: { referral: Referral }) {
  const { t, formatDate } = useI18n();
  const waiting = referral.rev === 0;
  return (
    <>
      <p className="badges">
        <ReferralStatusBadge status={referral.status} />
        {waiting ? <Badge tone="neutral">{t('referrals.waiting')}</Badge> : null}
        {referral.overdue && referral.dueOn ? (
          <Badge tone="warn">{t('referrals.overdue', { date: formatDate(referral.dueOn) })}</Badge>
        ) : null}
      </p>
      {waiting ? <p className="field-hint">{t('referrals.waitingHint')}</p> : null}
      <ul className="plain-list referral-dates">
        <li>{t('referrals.sentOnDate', { date: formatDate(referral.sentOn) })}</li>
        {referral.appointmentOn && referral.open ? (
          <li>{t('referrals.appointment', { date: formatDate(referral.appointmentOn) })}</li>
        ) : null}
        {referral.dueOn && !referral.overdue ? (
          <li>{t('referrals.dueOn', { date: formatDate(referral.dueOn) })}</li>
        ) : null}
      </ul>
    </>
  );
}
