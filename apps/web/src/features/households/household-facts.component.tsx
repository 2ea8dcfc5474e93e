import type { Household } from '@birge/domain';
import type { ReactNode } from 'react';
import { Badge } from '../../components/status-badge.component.js';
import { placeTrail } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';

export function Fact({ term, children }: { term: string; children: ReactNode }) {
  const { t } = useI18n();
  const empty = children === null || children === undefined || children === '';
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd className={empty ? 'muted' : undefined}>{empty ? t('common.notSet') : children}</dd>
    </div>
  );
}

function yesNo(value: boolean | null, t: ReturnType<typeof useI18n>['t']): string | null {
  if (value === null) return null;
  return value ? t('common.yes') : t('common.no');
}

export function HouseholdFacts({ household }: { household: Household }) {
  const { t } = useI18n();
  const living = household.livingConditions;
  return (
    <>
      <dl className="facts">
        <Fact term={t('household.place')}>{placeTrail(household.place)}</Fact>
        <Fact term={t('household.address')}>{household.address}</Fact>
        <Fact term={t('household.landmark')}>{household.landmark}</Fact>
        <Fact term={t('household.phone')}>
          {household.phone ? (
            <a href={`tel:${household.phone.replace(/[^+\d]/g, '')}`}>{household.phone}</a>
          ) : null}
        </Fact>
        <Fact term={t('household.notes')}>{household.notes}</Fact>
      </dl>

      <section aria-labelledby="living-heading" className="section">
        <h2 id="living-heading">{t('household.living')}</h2>
        <dl className="facts facts-grid">
          <Fact term={t('household.dwelling')}>
            {living.dwelling ? t(`enum.dwelling.${living.dwelling}`) : null}
          </Fact>
          <Fact term={t('household.rooms')}>{living.rooms}</Fact>
          <Fact term={t('household.floor')}>{living.floor}</Fact>
          <Fact term={t('household.elevator')}>{yesNo(living.elevator, t)}</Fact>
          <Fact term={t('household.water')}>
            {living.water ? t(`enum.water.${living.water}`) : null}
          </Fact>
          <Fact term={t('household.sanitation')}>
            {living.sanitation ? t(`enum.sanitation.${living.sanitation}`) : null}
          </Fact>
          <Fact term={t('household.heating')}>
            {living.heating ? t(`enum.heating.${living.heating}`) : null}
          </Fact>
          <Fact term={t('household.electricity')}>{yesNo(living.electricity, t)}</Fact>
        </dl>
      </section>

      <section aria-labelledby="poverty-heading" className="section">
        <h2 id="poverty-heading">{t('household.poverty')}</h2>
        {living.povertyMarkers.length ? (
          <>
            <p>
              <Badge tone="info">{t('household.inPoverty')}</Badge>
            </p>
            <ul className="plain-list">
              {living.povertyMarkers.map((marker) => (
                <li key={marker}>{t(`enum.poverty.${marker}`)}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="muted">{t('household.noPovertyMarkers')}</p>
        )}
      </section>
    </>
  );
}
