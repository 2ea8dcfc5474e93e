import type { Referral } from '@birge/domain';
import { useI18n } from '../../i18n/i18n-context.js';

/** What the provider sees of the person: name, age, sex, and the parts the referral shares. */
export function ReferralPersonFacts({ referral }: { referral: Referral }) {
  const { t, formatDate } = useI18n();
  const p = referral.person;
  return (
    <dl className="facts">
      <dt>{t('referrals.detail.person')}</dt>
      <dd>
        {p.name}, {t('referrals.person.age', { age: p.age })}, {t(`enum.sex.${p.sex}`)}
        <br />
        {t('referrals.person.born', { date: formatDate(p.birthDate) })}
      </dd>
      {p.contact ? (
        <>
          <dt>{t('referrals.share.contact')}</dt>
          <dd>
            {p.contact.address}, {p.contact.place}
            {p.contact.phone ? ` · ${p.contact.phone}` : ''}
          </dd>
        </>
      ) : null}
      {p.disability !== undefined ? (
        <>
          <dt>{t('referrals.share.disability')}</dt>
          <dd>
            {p.disability
              ? [
                  t(`enum.disabilityStatus.${p.disability.status}`),
                  p.disability.group ? t(`enum.disabilityGroup.${p.disability.group}`) : null,
                ]
                  .filter(Boolean)
                  .join(', ')
              : t('common.notSet')}
          </dd>
        </>
      ) : null}
      {p.assessments?.length ? (
        <>
          <dt>{t('referrals.share.assessments')}</dt>
          <dd>
            <ul className="plain-list">
              {p.assessments.map((a) => (
                <li key={`${a.instrument}-${a.assessedOn}`}>
                  {a.title}, {formatDate(a.assessedOn)}:{' '}
                  {a.scores.map((s) => `${s.label} ${String(s.value ?? '—')}`).join('; ')}
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      {p.plan ? (
        <>
          <dt>{t('referrals.share.plan')}</dt>
          <dd>
            <ul className="plain-list">
              {p.plan.goals.map((g) => (
                <li key={g.title}>
                  {g.title}: {g.expected}
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      {p.education ? (
        <>
          <dt>{t('referrals.share.education')}</dt>
          <dd>
            {p.education.status
              ? t(`education.status.${p.education.status}`)
              : t('education.badge.notRecorded')}
            {p.education.since ? ` · ${formatDate(p.education.since)}` : ''}
            {p.education.pmpk.length ? (
              <ul className="plain-list">
                {p.education.pmpk.map((c) => (
                  <li key={c.concludedOn}>
                    {formatDate(c.concludedOn)}:{' '}
                    {t(
                      c.specialNeeds
                        ? 'education.pmpk.specialNeedsYes'
                        : 'education.pmpk.specialNeedsNo',
                    )}
                    {c.needsDescription ? ` (${c.needsDescription})` : ''}
                    {c.conditions.length
                      ? ` — ${c.conditions.map((k) => t(`education.condition.${k}`)).join(', ')}`
                      : ''}
                  </li>
                ))}
              </ul>
            ) : null}
          </dd>
        </>
      ) : null}
    </dl>
  );
}
