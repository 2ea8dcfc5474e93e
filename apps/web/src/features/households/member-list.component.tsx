import type { PersonSummary } from '@birge/domain';
import { Link } from 'react-router';
import { ConsentBadge } from '../../components/status-badge.component.js';
import { fullName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { InNoEducationBadge } from '../education/education-badge.component.js';

/** Members as a list of cards: reads well on a phone and in a screen reader alike. */
export function MemberList({ members }: { members: readonly PersonSummary[] }) {
  const { t } = useI18n();
  if (!members.length) return <p className="muted">{t('household.noMembers')}</p>;
  return (
    <ul className="member-cards">
      {members.map((member) => (
        <li key={member.id} className="card member-card">
          <h3 className="card-title">
            <Link to={`/persons/${member.id}`}>{fullName(member)}</Link>
          </h3>
          <dl className="facts facts-inline">
            <div className="fact">
              <dt>{t('person.age')}</dt>
              <dd>{t('common.years', { count: member.age })}</dd>
            </div>
            <div className="fact">
              <dt>{t('person.relationToHead')}</dt>
              <dd>{t(`enum.relation.${member.relationToHead}`)}</dd>
            </div>
            <div className="fact">
              <dt>{t('person.disability')}</dt>
              <dd>
                {member.disabilityStatus
                  ? t(`enum.disabilityStatus.${member.disabilityStatus}`)
                  : t('common.notSet')}
              </dd>
            </div>
            <div className="fact">
              <dt>{t('consent.title')}</dt>
              <dd>
                <ConsentBadge status={member.consentStatus} />
              </dd>
            </div>
          </dl>
          {member.inNoEducation ? (
            <p className="badges">
              <InNoEducationBadge inNoEducation state={member.educationState} />
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
