import type { InstrumentSection, LocalText } from './instrument.js';

/** ICF components Birge's profile rates: body functions, activities and participation, environment. */
export type IcfComponent = 'b' | 'd' | 'e';

/**
 * One ICF category of the profile: its real ICF code and our own short title and hint in the three
 * languages (the ICF's wording is not copied). The item's section is the ICF chapter, the code's
 * first two characters ("d4" Mobility).
 */
export interface IcfCategory {
  readonly code: string;
  readonly title: LocalText;
  readonly hint: LocalText;
}

export const componentOf = (code: string): IcfComponent => code.charAt(0) as IcfComponent;
export const chapterOf = (code: string): string => code.slice(0, 2);

/** The ICF chapters the curated categories come from, in ICF order. */
export const ICF_CHAPTERS: readonly InstrumentSection[] = [
  {
    id: 'b1',
    title: {
      kk: 'b1 Психикалық функциялар',
      ru: 'b1 Умственные функции',
      en: 'b1 Mental functions',
    },
  },
  {
    id: 'b2',
    title: {
      kk: 'b2 Сезім мүшелерінің функциялары және ауыру',
      ru: 'b2 Сенсорные функции и боль',
      en: 'b2 Sensory functions and pain',
    },
  },
  {
    id: 'b7',
    title: {
      kk: 'b7 Жүйке-бұлшықет, сүйек және қимыл функциялары',
      ru: 'b7 Нейромышечные, скелетные и связанные с движением функции',
      en: 'b7 Neuromusculoskeletal and movement-related functions',
    },
  },
  {
    id: 'd1',
    title: {
      kk: 'd1 Оқу және білімді қолдану',
      ru: 'd1 Обучение и применение знаний',
      en: 'd1 Learning and applying knowledge',
    },
  },
  { id: 'd3', title: { kk: 'd3 Қарым-қатынас', ru: 'd3 Общение', en: 'd3 Communication' } },
  { id: 'd4', title: { kk: 'd4 Қозғалу', ru: 'd4 Мобильность', en: 'd4 Mobility' } },
  { id: 'd5', title: { kk: 'd5 Өзіне күтім', ru: 'd5 Самообслуживание', en: 'd5 Self-care' } },
  {
    id: 'd7',
    title: {
      kk: 'd7 Адамдар арасындағы қатынастар',
      ru: 'd7 Межличностные взаимодействия и отношения',
      en: 'd7 Interpersonal interactions and relationships',
    },
  },
  {
    id: 'd8',
    title: {
      kk: 'd8 Өмірдің негізгі салалары',
      ru: 'd8 Главные сферы жизни',
      en: 'd8 Major life areas',
    },
  },
  {
    id: 'd9',
    title: {
      kk: 'd9 Қоғамдық және азаматтық өмір',
      ru: 'd9 Жизнь в сообществах, общественная и гражданская жизнь',
      en: 'd9 Community, social and civic life',
    },
  },
  {
    id: 'e1',
    title: {
      kk: 'e1 Бұйымдар мен технологиялар',
      ru: 'e1 Продукция и технологии',
      en: 'e1 Products and technology',
    },
  },
  {
    id: 'e3',
    title: {
      kk: 'e3 Қолдау және қарым-қатынас',
      ru: 'e3 Поддержка и взаимосвязи',
      en: 'e3 Support and relationships',
    },
  },
  { id: 'e4', title: { kk: 'e4 Көзқарастар', ru: 'e4 Установки', en: 'e4 Attitudes' } },
  {
    id: 'e5',
    title: {
      kk: 'e5 Қызметтер, жүйелер және саясат',
      ru: 'e5 Службы, административные системы и политика',
      en: 'e5 Services, systems and policies',
    },
  },
];
