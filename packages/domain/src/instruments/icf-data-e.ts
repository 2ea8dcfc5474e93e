import type { IcfCategory } from './icf-category.js';

/** Environmental factors (e) common in community-based rehabilitation: ICF codes, our wording. */
export const ICF_ENVIRONMENT: readonly IcfCategory[] = [
  {
    code: 'e115',
    title: {
      kk: 'Күнделікті тұрмысқа арналған бұйымдар',
      ru: 'Изделия для личного повседневного использования',
      en: 'Products and technology for personal use in daily living',
    },
    hint: {
      kk: 'Тұрмыстық заттар, бейімделген құралдар',
      ru: 'Предметы быта, адаптированные средства',
      en: 'Everyday items, adapted aids',
    },
  },
  {
    code: 'e120',
    title: {
      kk: 'Жүріп-тұруға және көлікке арналған бұйымдар',
      ru: 'Изделия для передвижения и перевозки',
      en: 'Products and technology for personal indoor and outdoor mobility and transportation',
    },
    hint: {
      kk: 'Арба, балдақ, таяқ, бейімделген көлік',
      ru: 'Коляска, костыли, трость, адаптированный транспорт',
      en: 'Wheelchair, crutches, cane, adapted vehicle',
    },
  },
  {
    code: 'e125',
    title: {
      kk: 'Қарым-қатынасқа арналған бұйымдар',
      ru: 'Средства для общения',
      en: 'Products and technology for communication',
    },
    hint: {
      kk: 'Телефон, есту аппараты, сурет тақтасы',
      ru: 'Телефон, слуховой аппарат, доска с картинками',
      en: 'Phone, hearing aid, picture board',
    },
  },
  {
    code: 'e150',
    title: {
      kk: 'Қоғамдық ғимараттардың құрылысы',
      ru: 'Устройство общественных зданий',
      en: 'Design, construction and building products and technology of buildings for public use',
    },
    hint: {
      kk: 'Пандус, кіреберіс, дәретхана, лифт',
      ru: 'Пандус, вход, туалет, лифт',
      en: 'Ramp, entrance, toilet, lift',
    },
  },
  {
    code: 'e310',
    title: { kk: 'Жақын отбасы', ru: 'Семья и ближайшие родственники', en: 'Immediate family' },
    hint: {
      kk: 'Ата-ана, жұбай, балалар, бауырлар',
      ru: 'Родители, супруг(а), дети, братья и сёстры',
      en: 'Parents, spouse, children, siblings',
    },
  },
  {
    code: 'e320',
    title: { kk: 'Достар', ru: 'Друзья', en: 'Friends' },
    hint: {
      kk: 'Жақын достардың қолдауы',
      ru: 'Поддержка близких друзей',
      en: 'Support from close friends',
    },
  },
  {
    code: 'e355',
    title: {
      kk: 'Медицина қызметкерлері',
      ru: 'Медицинские работники',
      en: 'Health professionals',
    },
    hint: {
      kk: 'Дәрігер, мейірбике, оңалту маманы',
      ru: 'Врач, медсестра, специалист по реабилитации',
      en: 'Doctor, nurse, rehabilitation worker',
    },
  },
  {
    code: 'e410',
    title: {
      kk: 'Жақын отбасы мүшелерінің көзқарасы',
      ru: 'Установки членов семьи',
      en: 'Individual attitudes of immediate family members',
    },
    hint: {
      kk: 'Отбасы адамға қалай қарайды, сене ме',
      ru: 'Как семья относится к человеку, верит ли в него',
      en: 'How the family regards the person, believes in them',
    },
  },
  {
    code: 'e460',
    title: { kk: 'Қоғамның көзқарасы', ru: 'Общественные установки', en: 'Societal attitudes' },
    hint: {
      kk: 'Көршілер мен ауыл-аймақтың көзқарасы',
      ru: 'Отношение соседей и окружающих',
      en: 'Attitudes of neighbours and the community',
    },
  },
  {
    code: 'e580',
    title: {
      kk: 'Денсаулық сақтау қызметтері мен саясаты',
      ru: 'Службы и политика здравоохранения',
      en: 'Health services, systems and policies',
    },
    hint: {
      kk: 'Емхана, оңалту, дәрі-дәрмек қолжетімділігі',
      ru: 'Доступ к поликлинике, реабилитации, лекарствам',
      en: 'Access to clinics, rehabilitation, medicines',
    },
  },
];
