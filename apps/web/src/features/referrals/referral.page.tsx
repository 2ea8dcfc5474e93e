import { CBR_ELEMENTS, ROLES, canAnswerReferral, type Referral, type Role } from '@birge/domain';
import { Link, useLocation, useParams } from 'react-router';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { referralLetterUrl } from '../../data/referral-letter.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { useReferral } from '../../data/use-referrals.js';
import { useMe } from '../../data/use-session.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { NotFoundPage } from '../system/not-found.page.js';
import { ReferralEvents } from './referral-events.component.js';
import { ReferralPersonFacts } from './referral-person.component.js';
import { ReferralProgress } from './referral-status.component.js';
import { StepForm } from './step-form.component.js';
import './referrals.css';

function useFlash(): string | null {
  const state: unknown = useLocation().state;
  return typeof state === 'object' && state !== null && 'flash' in state
    ? typeof state.flash === 'string'
      ? state.flash
      : null
    : null;
}

/**
 * `/referrals/:referralId`: one referral — to whom, why, what it shares, its history with the
 * service's notes — and the next step. The CBR worker sees it in the person's file; the provider
 * sees only what the referral shares (the server leaves the rest out).
 */
export function ReferralPage() {
  const { referralId = '' } = useParams();
  const referral = useReferral(referralId);
  if (referral.isPending) return <Loading />;
  if (referral.isError) {
    if (isRepositoryError(referral.error) && referral.error.status === 404) return <NotFoundPage />;
    return <LoadError error={referral.error} onRetry={() => void referral.refetch()} />;
  }
  return <ReferralView referral={referral.data} />;
}

function ReferralView({ referral: r }: { referral: Referral }) {
  const { t, language } = useI18n();
  const me = useMe();
  const flash = useFlash();
  const provider = me.role === 'provider';
  const title = provider
    ? r.person.name
    : t('referrals.detail.title', { name: r.organization.name });
  const mayAnswer = canAnswerReferral(
    {
      userId: me.id,
      role: me.role,
      scopes: me.scopes.map((scope) => scope.code),
      householdId: me.householdId,
      organizationId: me.organizationId,
    },
    r.organizationId,
  );
  const roleName = (role: string) =>
    (ROLES as readonly string[]).includes(role) ? t(`role.${role as Role}`) : role;

  return (
    <div className="referrals-area">
      <p className="breadcrumb">
        {provider ? (
          <Link to="/inbox">{t('referrals.inbox.back')}</Link>
        ) : (
          <Link to={`/persons/${r.personId}`}>{r.person.name}</Link>
        )}
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {flash ? (
        <p className="notice notice-success" role="status">
          {flash}
        </p>
      ) : null}
      <ReferralProgress referral={r} />

      <section className="section" aria-labelledby="referral-about">
        <h2 id="referral-about">
          {provider ? t('referrals.detail.person') : t('referrals.detail.organization')}
        </h2>
        {provider ? (
          <ReferralPersonFacts referral={r} />
        ) : (
          <dl className="facts">
            <dt>{t('referrals.detail.organization')}</dt>
            <dd>
              {r.organization.name} · {t(`referrals.orgType.${r.organization.type}`)}
            </dd>
            <dt>{t('referrals.detail.contact')}</dt>
            <dd>
              {r.organization.address}
              {r.organization.phone ? ` · ${r.organization.phone}` : ''}
            </dd>
          </dl>
        )}
        <dl className="facts">
          <dt>{t('referrals.detail.reason')}</dt>
          <dd>{r.reason}</dd>
          <dt>{t('referrals.detail.elements')}</dt>
          <dd>
            <ReferralElements ids={r.elements} />
          </dd>
          <dt>{t('referrals.urgency')}</dt>
          <dd>{t(`referrals.urgencyShort.${r.urgency}`)}</dd>
          {r.note ? (
            <>
              <dt>{t('referrals.detail.note')}</dt>
              <dd>{r.note}</dd>
            </>
          ) : null}
          <dt>{t('referrals.detail.sharedParts')}</dt>
          <dd>
            {r.shared.length
              ? r.shared.map((s) => t(`referrals.share.${s}`)).join(', ')
              : t('referrals.detail.sharedNone')}
          </dd>
        </dl>
        {r.rev > 0 ? (
          <p>
            <a href={referralLetterUrl(r.id, language)} target="_blank" rel="noopener">
              {t('referrals.letter')}
            </a>
          </p>
        ) : null}
      </section>

      <section className="section" aria-labelledby="referral-history">
        <h2 id="referral-history">{t('referrals.history')}</h2>
        <ReferralEvents events={r.events} roleName={roleName} />
      </section>

      {mayAnswer ? (
        <section className="section" aria-labelledby="referral-step">
          <h2 id="referral-step">{t('referrals.step.title')}</h2>
          <StepForm referral={r} provider={provider} />
        </section>
      ) : null}
    </div>
  );
}

function ReferralElements({ ids }: { ids: readonly string[] }) {
  const { language } = useI18n();
  return (
    <ul className="plain-list">
      {ids.map((id) => (
        <li key={id}>{CBR_ELEMENTS.find((e) => e.id === id)?.name[language] ?? id}</li>
      ))}
    </ul>
  );
}
