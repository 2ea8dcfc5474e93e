import { AGE_OF_MAJORITY, type PersonSummary } from '@birge/domain';
import type { Option } from '../../components/choice-fields.component.js';
import { fullName } from '../../i18n/format.js';

/** Household members other than `selfId`, as choices. */
export function memberOptions(
  members: readonly PersonSummary[],
  selfId: string | null,
  { adultsOnly = false } = {},
): Option<string>[] {
  return members
    .filter((m) => m.id !== selfId && (!adultsOnly || m.age >= AGE_OF_MAJORITY))
    .map((m) => ({ value: m.id, label: fullName(m) }));
}
