import {
  CBR_COMPONENTS,
  cbrElementById,
  organizationDisplayName,
  type AccessibilityFeature,
  type Language,
  type OrganizationLanguage,
  type OrganizationNames,
  type OrganizationSector,
  type OrganizationType,
  type Translate,
} from '@birge/domain';

/** Words of the directory: kinds, sectors (CBR components), elements, features, languages. */
export function typeLabel(t: Translate, type: OrganizationType): string {
  return t(`directory.type.${type}`);
}

export function sectorLabel(language: Language, sector: OrganizationSector): string {
  return CBR_COMPONENTS.find((c) => c.id === sector)?.name[language] ?? sector;
}

export function elementLabel(language: Language, element: string): string {
  return cbrElementById(element)?.name[language] ?? element;
}

export function accessLabel(t: Translate, feature: AccessibilityFeature): string {
  return t(`directory.access.${feature}`);
}

export function languageLabel(t: Translate, language: OrganizationLanguage): string {
  return t(`enum.language.${language}`);
}

export function displayName(
  org: { name: string; names: OrganizationNames },
  language: Language,
): string {
  return organizationDisplayName(org, language);
}

/** "4.2 km away": distances under 10 km keep one decimal, others are whole. */
export function distanceText(t: Translate, language: Language, km: number): string {
  const digits = km < 10 ? 1 : 0;
  const locale = language === 'kk' ? 'kk-KZ' : language === 'ru' ? 'ru-RU' : 'en-GB';
  const text = new Intl.NumberFormat(locale, {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  }).format(km);
  return t('directory.distance', { km: text });
}
