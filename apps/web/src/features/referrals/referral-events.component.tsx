import type { ReferralEvent } from '@birge/domain';
import { useI18n } from '../../i18n/i18n-context.js';

/** Every step of the loop, oldest first, with who recorded it and their note (the feedback). */
export function ReferralEvents({
  events,
  roleName,
}: {
  events: readonly ReferralEvent[];
  roleName: (role: string) => string;
}) {
  const { t, formatDate } = useI18n();
  return (
    <ol className="referral-events">
      {events.map((e, index) => (
        <li key={`${e.at}-${index}`}>
          <p>
            <strong>
              {t('referrals.event.line', {
                status: t(`referrals.status.${e.status}`),
                date: formatDate(e.date),
              })}
            </strong>
          </p>
          {e.appointmentOn ? (
            <p>{t('referrals.appointment', { date: formatDate(e.appointmentOn) })}</p>
          ) : null}
          {e.note ? <p className="referral-note">{e.note}</p> : null}
          <p className="muted">
            {e.by
              ? t('referrals.event.by', { who: e.by, role: roleName(e.byRole) })
              : t('referrals.event.byRole', { role: roleName(e.byRole) })}
          </p>
        </li>
      ))}
    </ol>
  );
}
