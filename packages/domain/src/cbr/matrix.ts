import type { LocalText } from '../instruments/instrument.js';

/**
 * The WHO CBR Matrix (CBR Guidelines, WHO/UNESCO/ILO/IDDC 2010; domain.md §1): five components,
 * five elements each. Goals, activities, referrals, services and our checklists' recommendations
 * are tagged with element ids; the ids are stable, the names are ours in three languages.
 */
export const CBR_COMPONENT_IDS = [
  'health',
  'education',
  'livelihood',
  'social',
  'empowerment',
] as const;
export type CbrComponentId = (typeof CBR_COMPONENT_IDS)[number];

/** Element ids, component by component, in the order of the matrix's columns. */
export const CBR_ELEMENT_IDS = [
  'health.promotion',
  'health.prevention',
  'health.medical_care',
  'health.rehabilitation',
  'health.assistive_devices',
  'education.early_childhood',
  'education.primary',
  'education.secondary_higher',
  'education.non_formal',
  'education.lifelong_learning',
  'livelihood.skills_development',
  'livelihood.self_employment',
  'livelihood.wage_employment',
  'livelihood.financial_services',
  'livelihood.social_protection',
  'social.personal_assistance',
  'social.relationships_family',
  'social.culture_arts',
  'social.recreation_sports',
  'social.justice',
  'empowerment.advocacy_communication',
  'empowerment.community_mobilization',
  'empowerment.political_participation',
  'empowerment.self_help_groups',
  'empowerment.dpos',
] as const;
export type CbrElementId = (typeof CBR_ELEMENT_IDS)[number];

export interface CbrComponent {
  readonly id: CbrComponentId;
  readonly name: LocalText;
}

export interface CbrElement {
  readonly id: CbrElementId;
  readonly component: CbrComponentId;
  readonly name: LocalText;
}

export const CBR_COMPONENTS: readonly CbrComponent[] = [
  { id: 'health', name: { kk: 'Денсаулық', ru: 'Здоровье', en: 'Health' } },
  { id: 'education', name: { kk: 'Білім', ru: 'Образование', en: 'Education' } },
  {
    id: 'livelihood',
    name: { kk: 'Күнкөріс', ru: 'Средства к существованию', en: 'Livelihood' },
  },
  { id: 'social', name: { kk: 'Әлеуметтік өмір', ru: 'Социальная сфера', en: 'Social' } },
  {
    id: 'empowerment',
    name: { kk: 'Мүмкіндіктерді кеңейту', ru: 'Расширение возможностей', en: 'Empowerment' },
  },
];

const NAMES: Record<CbrElementId, LocalText> = {
  'health.promotion': { kk: 'Денсаулықты нығайту', ru: 'Укрепление здоровья', en: 'Promotion' },
  'health.prevention': { kk: 'Алдын алу', ru: 'Профилактика', en: 'Prevention' },
  'health.medical_care': {
    kk: 'Медициналық көмек',
    ru: 'Медицинская помощь',
    en: 'Medical care',
  },
  'health.rehabilitation': { kk: 'Оңалту', ru: 'Реабилитация', en: 'Rehabilitation' },
  'health.assistive_devices': {
    kk: 'Көмекші құралдар',
    ru: 'Вспомогательные средства',
    en: 'Assistive devices',
  },
  'education.early_childhood': {
    kk: 'Ерте балалық шақ',
    ru: 'Раннее детство',
    en: 'Early childhood',
  },
  'education.primary': { kk: 'Бастауыш білім', ru: 'Начальное образование', en: 'Primary' },
  'education.secondary_higher': {
    kk: 'Орта және жоғары білім',
    ru: 'Среднее и высшее образование',
    en: 'Secondary and higher',
  },
  'education.non_formal': {
    kk: 'Формальды емес білім',
    ru: 'Неформальное образование',
    en: 'Non-formal',
  },
  'education.lifelong_learning': {
    kk: 'Өмір бойы білім алу',
    ru: 'Обучение в течение всей жизни',
    en: 'Lifelong learning',
  },
  'livelihood.skills_development': {
    kk: 'Дағдыларды дамыту',
    ru: 'Развитие навыков',
    en: 'Skills development',
  },
  'livelihood.self_employment': {
    kk: 'Өзін-өзі жұмыспен қамту',
    ru: 'Самозанятость',
    en: 'Self-employment',
  },
  'livelihood.wage_employment': {
    kk: 'Жалдамалы жұмыс',
    ru: 'Работа по найму',
    en: 'Wage employment',
  },
  'livelihood.financial_services': {
    kk: 'Қаржылық қызметтер',
    ru: 'Финансовые услуги',
    en: 'Financial services',
  },
  'livelihood.social_protection': {
    kk: 'Әлеуметтік қорғау',
    ru: 'Социальная защита',
    en: 'Social protection',
  },
  'social.personal_assistance': {
    kk: 'Жеке көмек',
    ru: 'Персональная помощь',
    en: 'Personal assistance',
  },
  'social.relationships_family': {
    kk: 'Қарым-қатынас, неке және отбасы',
    ru: 'Отношения, брак и семья',
    en: 'Relationships, marriage and family',
  },
  'social.culture_arts': {
    kk: 'Мәдениет және өнер',
    ru: 'Культура и искусство',
    en: 'Culture and arts',
  },
  'social.recreation_sports': {
    kk: 'Демалыс, бос уақыт және спорт',
    ru: 'Отдых, досуг и спорт',
    en: 'Recreation, leisure and sports',
  },
  'social.justice': { kk: 'Сот төрелігі', ru: 'Правосудие', en: 'Justice' },
  'empowerment.advocacy_communication': {
    kk: 'Мүдделерді қорғау және коммуникация',
    ru: 'Защита интересов и коммуникация',
    en: 'Advocacy and communication',
  },
  'empowerment.community_mobilization': {
    kk: 'Қауымдастықты жұмылдыру',
    ru: 'Мобилизация сообщества',
    en: 'Community mobilization',
  },
  'empowerment.political_participation': {
    kk: 'Саяси өмірге қатысу',
    ru: 'Участие в политической жизни',
    en: 'Political participation',
  },
  'empowerment.self_help_groups': {
    kk: 'Өзара көмек топтары',
    ru: 'Группы самопомощи',
    en: 'Self-help groups',
  },
  'empowerment.dpos': {
    kk: 'Мүгедектер ұйымдары',
    ru: 'Организации людей с инвалидностью',
    en: "Disabled people's organizations",
  },
};

export function cbrComponentOf(id: CbrElementId): CbrComponentId {
  return id.slice(0, id.indexOf('.')) as CbrComponentId;
}

/** Every element, in matrix order, with its component and names. */
export const CBR_ELEMENTS: readonly CbrElement[] = CBR_ELEMENT_IDS.map((id) => ({
  id,
  component: cbrComponentOf(id),
  name: NAMES[id],
}));

const BY_ID: ReadonlyMap<string, CbrElement> = new Map(CBR_ELEMENTS.map((e) => [e.id, e]));

export function isCbrElementId(id: string): id is CbrElementId {
  return BY_ID.has(id);
}

/** The element of a known id, or undefined for anything else. */
export function cbrElementById(id: string): CbrElement | undefined {
  return BY_ID.get(id);
}

/** The five elements of one component, in matrix order. */
export function cbrElementsOf(component: CbrComponentId): CbrElement[] {
  return CBR_ELEMENTS.filter((e) => e.component === component);
}
