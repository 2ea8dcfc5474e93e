import type { AccessibilityFeature } from '@birge/domain';
import { useI18n } from '../../i18n/i18n-context.js';
import { accessLabel } from './directory-words.js';

/** One simple line drawing per feature; always beside its words, never instead of them. */
const ICONS: Record<AccessibilityFeature, string> = {
  step_free_entrance: 'M3 19h18M6 19V7h12v12M10 13h4',
  ramp: 'M3 19h18L21 9z',
  lift: 'M6 3h12v18H6zM10 9l2-2 2 2M10 15l2 2 2-2',
  accessible_toilet: 'M7 4v6M5 10h4l-1 10M15 4h4v16M15 12h4',
  accessible_parking: 'M6 20V4h7a4 4 0 0 1 0 8H6',
  sign_language: 'M8 20v-8l-3-3M8 12l2-8M11 12l2-7M14 12l2-6M16 12c2 2 2 6-2 8',
  hearing_loop: 'M12 3a7 7 0 0 1 7 7c0 4-4 5-4 9a3 3 0 0 1-5 1M9 10a3 3 0 0 1 6 0',
  easy_read: 'M4 5h7v14H4zM13 5h7v14h-7M6 9h3M6 13h3M15 9h3M15 13h3',
  braille: 'M8 6h.01M8 12h.01M8 18h.01M16 6h.01M16 12h.01',
  tactile_paths: 'M4 20L10 4M14 4l6 16M9 10h6M8 15h8',
  home_visits: 'M3 11l9-8 9 8M5 10v10h14V10M10 20v-6h4v6',
};

export function AccessibilityIcon({ feature }: { feature: AccessibilityFeature }) {
  return (
    <svg className="access-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={ICONS[feature]} />
    </svg>
  );
}

/** The features as a list of icon + words; "no information" when there are none. */
export function AccessibilityList({
  features,
  label,
}: {
  features: readonly AccessibilityFeature[];
  label?: string;
}) {
  const { t } = useI18n();
  if (!features.length) return <p className="muted">{t('directory.accessibilityNone')}</p>;
  return (
    <ul className="access-list" aria-label={label ?? t('directory.accessibility')}>
      {features.map((feature) => (
        <li key={feature}>
          <AccessibilityIcon feature={feature} />
          <span>{accessLabel(t, feature)}</span>
        </li>
      ))}
    </ul>
  );
}
