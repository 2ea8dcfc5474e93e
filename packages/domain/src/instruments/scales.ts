import type { AnswerScale } from './instrument.js';

/**
 * The four-point difficulty scale shared by the Washington Group sets and the Child Functioning
 * Module (domain.md §3–4): 1 no difficulty … 4 cannot do at all.
 */
export const difficultyScale: AnswerScale = {
  id: 'difficulty',
  options: [
    { code: 1, label: { kk: 'Қиындық жоқ', ru: 'Нет затруднений', en: 'No difficulty' } },
    {
      code: 2,
      label: { kk: 'Біраз қиындық бар', ru: 'Есть некоторые затруднения', en: 'Some difficulty' },
    },
    {
      code: 3,
      label: { kk: 'Қиындық көп', ru: 'Много затруднений', en: 'A lot of difficulty' },
    },
    {
      code: 4,
      label: { kk: 'Мүлде жасай алмайды', ru: 'Совсем не может', en: 'Cannot do at all' },
    },
  ],
};

/** A yes/no screener (glasses, hearing aid, walking equipment): 1 yes, 2 no, as in MICS6. */
export const yesNoScale: AnswerScale = {
  id: 'yes-no',
  options: [
    { code: 1, label: { kk: 'Иә', ru: 'Да', en: 'Yes' } },
    { code: 2, label: { kk: 'Жоқ', ru: 'Нет', en: 'No' } },
  ],
};
