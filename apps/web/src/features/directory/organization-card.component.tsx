import type { Organization } from '@birge/domain';
import { memo } from 'react';
import { Link } from 'react-router';
import { placeTrail } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { AccessibilityList } from './accessibility-list.component.js';
import { displayName, distanceText, languageLabel, typeLabel } from './directory-words.js';

/** One organization in the results: kind, name, where, how far, phone, languages, accessibility. */
export const OrganizationCard = memo(function OrganizationCard({ org }: { org: Organization }) {
  const { t, language } = useI18n();
  const name = displayName(org, language);
  return (
    <article className="card organization-card">
      <p className="organization-type">{typeLabel(t, org.type)}</p>
      <h2 className="card-title">
        <Link to={`/directory/${org.id}`}>{name}</Link>
      </h2>
      <p className="place-trail">
        {org.address}
        <span className="muted"> · {placeTrail(org.place)}</span>
      </p>
      {org.distanceKm !== undefined && org.distanceKm !== null ? (
        <p className="organization-distance">{distanceText(t, language, org.distanceKm)}</p>
      ) : null}
      <dl className="organization-facts">
        {org.phone ? (
          <div>
            <dt>{t('directory.phone')}</dt>
            <dd>
              <a href={`tel:${org.phone.replace(/[^\d+]/g, '')}`}>{org.phone}</a>
            </dd>
          </div>
        ) : null}
        {org.languages.length ? (
          <div>
            <dt>{t('directory.languages')}</dt>
            <dd>{org.languages.map((l) => languageLabel(t, l)).join(', ')}</dd>
          </div>
        ) : null}
      </dl>
      <AccessibilityList features={org.accessibility} />
    </article>
  );
});
