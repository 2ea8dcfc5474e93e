import type { Consent } from '@birge/domain';
import { Button } from 'react-aria-components';
import { ConsentBadge } from '../../components/status-badge.component.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { Fact } from '../households/household-facts.component.js';

export function ConsentList({
  consents,
  memberName,
  canWrite,
  onWithdraw,
}: {
  consents: readonly Consent[];
  /** Names of household members by id, for a representative who is one. */
  memberName: (id: string) => string | null;
  canWrite: boolean;
  onWithdraw: (consent: Consent) => void;
}) {
  const { t, formatDate } = useI18n();
  if (!consents.length) return <p className="muted">{t('consent.none')}</p>;
  return (
    <ul className="consent-list">
      {consents.map((c, index) => {
        const representative =
          c.givenBy === 'representative'
            ? [
                (c.representativePersonId && memberName(c.representativePersonId)) ||
                  c.representativeName,
                c.representativeRelation
                  ? t(`enum.representative.${c.representativeRelation}`)
                  : null,
              ]
                .filter(Boolean)
                .join(', ')
            : null;
        return (
          <li key={c.id} className="card consent-card">
            <h3 className="card-title">
              {t('consent.numbered', { n: consents.length - index })}{' '}
              <ConsentBadge status={c.status} />
            </h3>
            <dl className="facts facts-grid">
              <Fact term={t('consent.givenBy')}>
                {t(`enum.consentGiver.${c.givenBy}`)}
                {representative ? `: ${representative}` : ''}
              </Fact>
              <Fact term={t('consent.scopes')}>
                {c.scopes.map((s) => t(`enum.consentScope.${s}`)).join('; ')}
              </Fact>
              <Fact term={t('consent.method')}>{t(`enum.consentMethod.${c.method}`)}</Fact>
              <Fact term={t('consent.givenOn')}>{formatDate(c.givenOn)}</Fact>
              <Fact term={t('consent.expiresOn')}>{formatDate(c.expiresOn)}</Fact>
              <Fact term={t('consent.documentRef')}>{c.documentRef}</Fact>
              {c.withdrawnOn ? (
                <>
                  <Fact term={t('consent.withdrawnOn')}>{formatDate(c.withdrawnOn)}</Fact>
                  <Fact term={t('consent.withdrawalReason')}>{c.withdrawalReason}</Fact>
                </>
              ) : null}
            </dl>
            {canWrite && !c.withdrawnOn ? (
              <Button className="button secondary danger-text" onPress={() => onWithdraw(c)}>
                {t('consent.withdraw')}
                <span className="visually-hidden">
                  {' '}
                  ({t('consent.numbered', { n: consents.length - index })})
                </span>
              </Button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
