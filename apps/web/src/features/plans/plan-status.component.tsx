import type { PlanStatus } from '@birge/domain';
import { Badge } from '../../components/status-badge.component.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { STATUS_TONE } from './plan-words.js';

export function PlanStatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useI18n();
  return <Badge tone={STATUS_TONE[status]}>{t(`plan.status.${status}`)}</Badge>;
}
