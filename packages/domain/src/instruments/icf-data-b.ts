import type { IcfCategory } from './icf-category.js';

/** Body functions (b) common in community-based rehabilitation: ICF codes, our own wording. */
export const ICF_BODY_FUNCTIONS: readonly IcfCategory[] = [
  {
    code: 'b117',
    title: {
      kk: 'Зияткерлік функциялар',
      ru: 'Интеллектуальные функции',
      en: 'Intellectual functions',
    },
    hint: {
      kk: 'Түсіну, ойлау, ақыл-ой дамуы',
      ru: 'Понимание, мышление, умственное развитие',
      en: 'Understanding, reasoning, mental development',
    },
  },
  {
    code: 'b130',
    title: {
      kk: 'Қуат пен ынта функциялары',
      ru: 'Функции энергии и побуждений',
      en: 'Energy and drive functions',
    },
    hint: {
      kk: 'Күш-қуат, ынта, іске ниет',
      ru: 'Бодрость, мотивация, желание действовать',
      en: 'Energy, motivation, urge to act',
    },
  },
  {
    code: 'b140',
    title: { kk: 'Зейін функциялары', ru: 'Функции внимания', en: 'Attention functions' },
    hint: {
      kk: 'Назар аудару және оны ұстап тұру',
      ru: 'Сосредоточиться и удерживать внимание',
      en: 'Focusing and keeping attention',
    },
  },
  {
    code: 'b144',
    title: { kk: 'Есте сақтау функциялары', ru: 'Функции памяти', en: 'Memory functions' },
    hint: {
      kk: 'Есте сақтау және еске түсіру',
      ru: 'Запоминать и вспоминать',
      en: 'Storing and recalling',
    },
  },
  {
    code: 'b152',
    title: { kk: 'Эмоциялық функциялар', ru: 'Эмоциональные функции', en: 'Emotional functions' },
    hint: {
      kk: 'Көңіл-күй, сезімді басқару',
      ru: 'Настроение, управление чувствами',
      en: 'Mood and control of feelings',
    },
  },
  {
    code: 'b167',
    title: {
      kk: 'Тілдің психикалық функциялары',
      ru: 'Умственные функции речи',
      en: 'Mental functions of language',
    },
    hint: {
      kk: 'Сөзді түсіну және құрау, ымдау тілін қоса',
      ru: 'Понимать и строить речь, включая жестовую',
      en: 'Understanding and forming language, signing included',
    },
  },
  {
    code: 'b210',
    title: { kk: 'Көру функциялары', ru: 'Функции зрения', en: 'Seeing functions' },
    hint: {
      kk: 'Көру өткірлігі мен көру аясы',
      ru: 'Острота и поле зрения',
      en: 'Sharpness and field of vision',
    },
  },
  {
    code: 'b230',
    title: { kk: 'Есту функциялары', ru: 'Функции слуха', en: 'Hearing functions' },
    hint: {
      kk: 'Дыбыс пен сөзді есту',
      ru: 'Слышать звуки и речь',
      en: 'Hearing sounds and speech',
    },
  },
  {
    code: 'b280',
    title: { kk: 'Ауыру сезімі', ru: 'Ощущение боли', en: 'Sensation of pain' },
    hint: {
      kk: 'Дененің кез келген жеріндегі ауыру',
      ru: 'Боль в любой части тела',
      en: 'Pain in any part of the body',
    },
  },
  {
    code: 'b710',
    title: {
      kk: 'Буындардың қозғалмалылығы',
      ru: 'Функции подвижности суставов',
      en: 'Mobility of joint functions',
    },
    hint: {
      kk: 'Буындардағы қимыл ауқымы',
      ru: 'Объём движений в суставах',
      en: 'Range of movement in the joints',
    },
  },
  {
    code: 'b730',
    title: {
      kk: 'Бұлшықет күшінің функциялары',
      ru: 'Функции мышечной силы',
      en: 'Muscle power functions',
    },
    hint: {
      kk: 'Бұлшықеттердің жиырылу күші',
      ru: 'Сила сокращения мышц',
      en: 'Strength of muscle contraction',
    },
  },
  {
    code: 'b760',
    title: {
      kk: 'Ерікті қимылды басқару',
      ru: 'Контроль произвольных движений',
      en: 'Control of voluntary movement functions',
    },
    hint: {
      kk: 'Қимылды үйлестіру, дәлдік',
      ru: 'Координация и точность движений',
      en: 'Coordination and precision of movement',
    },
  },
];
