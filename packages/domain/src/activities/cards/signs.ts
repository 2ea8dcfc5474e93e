import type { LocalText } from '../../instruments/instrument.js';

/**
 * Signs to stop and call the worker that many cards share, worded once so a family reads the same
 * warning the same way on every card. A card lists them by key, then adds its own.
 */
export const STOP_SIGNS = {
  breathing: {
    kk: 'Тынысы қиындаса не ерні көгерсе.',
    ru: 'Трудно дышать или синеют губы.',
    en: 'Breathing is hard or the lips turn blue.',
  },
  seizure: { kk: 'Құрысу басталса.', ru: 'Начались судороги.', en: 'A seizure starts.' },
  pain: {
    kk: 'Ауырса не тоқтамай жыласа.',
    ru: 'Боль или плач, который не проходит.',
    en: 'Pain, or crying that does not stop.',
  },
  choking: {
    kk: 'Тамақ кезінде қақалса, жөтелсе не дауысы қырылдап кетсе.',
    ru: 'Во время еды поперхнулся, кашляет или голос стал булькающим.',
    en: 'Choking, coughing or a wet, gurgly voice while eating.',
  },
  fall: {
    kk: 'Құлап, бір жерін ауыртса.',
    ru: 'Упал и ушибся.',
    en: 'A fall that hurts.',
  },
  dizziness: {
    kk: 'Басы айналса не бозарып кетсе.',
    ru: 'Кружится голова или человек побледнел.',
    en: 'Dizziness or turning pale.',
  },
  skin: {
    kk: 'Терісінде басқанда ағармайтын қызыл дақ пайда болса.',
    ru: 'На коже красное пятно, которое не бледнеет при нажатии.',
    en: 'A red patch on the skin that does not go pale when pressed.',
  },
  fever: { kk: 'Қызуы көтерілсе.', ru: 'Поднялась температура.', en: 'A fever.' },
  distress: {
    kk: 'Қатты қорқып не ашуланып, ұзақ тынышталмаса.',
    ru: 'Сильный страх или гнев, который долго не проходит.',
    en: 'Strong fear or anger that does not pass for a long time.',
  },
  harm: {
    kk: 'Өзін не басқаны жарақаттаса.',
    ru: 'Причиняет вред себе или другим.',
    en: 'Hurting themself or others.',
  },
  burn: {
    kk: 'Күйіп не кесіп алса.',
    ru: 'Ожог или порез.',
    en: 'A burn or a cut.',
  },
} satisfies Record<string, LocalText>;

export type StopSignId = keyof typeof STOP_SIGNS;
