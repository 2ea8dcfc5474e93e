import {
  CAREGIVER_RELATIONS,
  CONSENT_METHODS,
  CONSENT_SCOPES,
  DISABILITY_CATEGORIES,
  DISABILITY_CAUSES,
  DISABILITY_GROUPS,
  DISABILITY_STATUSES,
  DWELLING_TYPES,
  HEATING_TYPES,
  HOUSEHOLD_RELATIONS,
  PERSON_LANGUAGES,
  POVERTY_MARKERS,
  REPRESENTATIVE_RELATIONS,
  SANITATION_TYPES,
  SEXES,
  WATER_SOURCES,
  type Translate,
} from '@birge/domain';
import type { Option } from '../../components/choice-fields.component.js';

/** Choices for the forms, labelled from the catalogues (`enum.*`). */
export function formOptions(t: Translate) {
  return {
    sex: SEXES.map((v) => ({ value: v, label: t(`enum.sex.${v}`) })),
    relation: HOUSEHOLD_RELATIONS.map((v) => ({ value: v, label: t(`enum.relation.${v}`) })),
    caregiver: CAREGIVER_RELATIONS.map((v) => ({ value: v, label: t(`enum.caregiver.${v}`) })),
    language: PERSON_LANGUAGES.map((v) => ({ value: v, label: t(`enum.language.${v}`) })),
    disabilityStatus: DISABILITY_STATUSES.map((v) => ({
      value: v,
      label: t(`enum.disabilityStatus.${v}`),
    })),
    disabilityCategory: DISABILITY_CATEGORIES.map((v) => ({
      value: v,
      label: t(`enum.disabilityCategory.${v}`),
    })),
    disabilityGroup: DISABILITY_GROUPS.map((v) => ({
      value: v,
      label: t(`enum.disabilityGroup.${v}`),
    })),
    disabilityCause: DISABILITY_CAUSES.map((v) => ({
      value: v,
      label: t(`enum.disabilityCause.${v}`),
    })),
    consentScope: CONSENT_SCOPES.map((v) => ({ value: v, label: t(`enum.consentScope.${v}`) })),
    consentMethod: CONSENT_METHODS.map((v) => ({ value: v, label: t(`enum.consentMethod.${v}`) })),
    consentGiver: (['self', 'representative'] as const).map((v) => ({
      value: v,
      label: t(`enum.consentGiver.${v}`),
    })),
    representative: REPRESENTATIVE_RELATIONS.map((v) => ({
      value: v,
      label: t(`enum.representative.${v}`),
    })),
    dwelling: DWELLING_TYPES.map((v) => ({ value: v, label: t(`enum.dwelling.${v}`) })),
    water: WATER_SOURCES.map((v) => ({ value: v, label: t(`enum.water.${v}`) })),
    sanitation: SANITATION_TYPES.map((v) => ({ value: v, label: t(`enum.sanitation.${v}`) })),
    heating: HEATING_TYPES.map((v) => ({ value: v, label: t(`enum.heating.${v}`) })),
    poverty: POVERTY_MARKERS.map((v) => ({ value: v, label: t(`enum.poverty.${v}`) })),
    yesNo: [
      { value: 'yes', label: t('common.yes') },
      { value: 'no', label: t('common.no') },
    ] satisfies Option<'yes' | 'no'>[],
  };
}

export type FormOptions = ReturnType<typeof formOptions>;
