import type { Assessment } from '@birge/domain';
import { Badge } from '../../components/status-badge.component.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** Draft or complete, in words with a shape. */
export function AssessmentStatusBadge({ status }: { status: Assessment['status'] }) {
  const { t } = useI18n();
  return status === 'complete' ? (
    <Badge tone="good">{t('assessment.status.complete')}</Badge>
  ) : (
    <Badge tone="warn">{t('assessment.status.draft')}</Badge>
  );
}
