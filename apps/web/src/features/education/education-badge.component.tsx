import type { EducationState } from '@birge/domain';
import { Badge } from '../../components/status-badge.component.js';
import { useI18n } from '../../i18n/i18n-context.js';

/**
 * "In no education" in words (never colour alone); a child with no status recorded says so too,
 * so "not recorded" is told apart from a recorded "none".
 */
export function InNoEducationBadge({
  inNoEducation,
  state,
}: {
  inNoEducation: boolean | undefined;
  state?: EducationState | undefined;
}) {
  const { t } = useI18n();
  if (!inNoEducation) return null;
  return (
    <Badge tone="warn">
      {t('education.badge.inNoEducation')}
      {state === 'unknown' ? ` · ${t('education.badge.notRecorded')}` : ''}
    </Badge>
  );
}

/** An entry written on this device that has not reached the server yet (decision 0027). */
export function WaitingBadge({ waiting }: { waiting: boolean | undefined }) {
  const { t } = useI18n();
  if (!waiting) return null;
  return (
    <>
      {' '}
      <Badge tone="neutral">{t('education.waiting')}</Badge>
    </>
  );
}
