import type { ConsentStatus } from '@birge/domain';
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.js';

type Tone = 'good' | 'warn' | 'bad' | 'neutral' | 'info';

const SYMBOL: Record<Tone, string> = { good: '✓', warn: '!', bad: '✕', neutral: '•', info: 'i' };

/** A status in words with a shape, never colour alone. */
export function Badge({ tone, children }: { tone: Tone; children: ReactNode }) {
  return (
    <span className={`badge badge-${tone}`}>
      <span className="badge-symbol" aria-hidden="true">
        {SYMBOL[tone]}
      </span>
      {children}
    </span>
  );
}

const CONSENT_TONE: Record<ConsentStatus, Tone> = {
  valid: 'good',
  missing: 'bad',
  expired: 'warn',
  withdrawn: 'bad',
  not_yet_valid: 'warn',
  needs_own_consent: 'warn',
};

export function ConsentBadge({ status }: { status: ConsentStatus }) {
  const { t } = useI18n();
  return <Badge tone={CONSENT_TONE[status]}>{t(`enum.consentStatus.${status}`)}</Badge>;
}
