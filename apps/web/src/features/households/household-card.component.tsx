import type { Household, PersonSummary } from '@birge/domain';
import { memo } from 'react';
import { Link } from 'react-router';
import { Badge, ConsentBadge } from '../../components/status-badge.component.js';
import { fullName, placeTrail } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { InNoEducationBadge } from '../education/education-badge.component.js';

function MemberLine({ member }: { member: PersonSummary }) {
  const { t } = useI18n();
  return (
    <li className="member-line">
      <span>
        {fullName(member)}, {t('common.years', { count: member.age })}
      </span>
      {member.consentStatus !== 'valid' ? <ConsentBadge status={member.consentStatus} /> : null}
      <InNoEducationBadge inNoEducation={member.inNoEducation} state={member.educationState} />
    </li>
  );
}

/**
 * Memoised: "Show more" re-renders the list, and the households already shown keep their objects
 * (the device's list is cached, the server's pages are structurally shared), so only the new page
 * renders — not the whole caseload of up to 1,000 cards.
 */
export const HouseholdCard = memo(function HouseholdCard({ household }: { household: Household }) {
  const { t } = useI18n();
  const consentProblems = household.members.filter((m) => m.consentStatus !== 'valid').length;
  return (
    <article className="card household-card">
      <h2 className="card-title">
        <Link to={`/households/${household.id}`}>{household.address}</Link>
      </h2>
      <p className="place-trail">{placeTrail(household.place)}</p>
      {household.members.length ? (
        <ul className="member-lines" aria-label={t('household.members')}>
          {household.members.map((member) => (
            <MemberLine key={member.id} member={member} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('household.noMembers')}</p>
      )}
      <p className="badges">
        <Badge tone="neutral">
          {t('household.memberCount', { count: household.members.length })}
        </Badge>
        {household.inPoverty ? <Badge tone="info">{t('household.inPoverty')}</Badge> : null}
        {consentProblems ? (
          <Badge tone="warn">{t('household.consentProblems', { count: consentProblems })}</Badge>
        ) : null}
      </p>
    </article>
  );
});
