import type { AnswerScale, InstrumentItem, LocalText } from './instrument.js';

/** The 12 difficulty items, WHO's S1–S12, in order. */
export const WHODAS_ITEMS = [
  's1',
  's2',
  's3',
  's4',
  's5',
  's6',
  's7',
  's8',
  's9',
  's10',
  's11',
  's12',
] as const;
export type WhodasItem = (typeof WHODAS_ITEMS)[number];

/** WHO's six domains, two items each in the 12-item version. */
export const WHODAS_DOMAINS = {
  cognition: ['s3', 's6'],
  mobility: ['s1', 's7'],
  selfCare: ['s8', 's9'],
  gettingAlong: ['s10', 's11'],
  lifeActivities: ['s2', 's12'],
  participation: ['s4', 's5'],
} as const satisfies Record<string, readonly WhodasItem[]>;

/** WHO's 1 None … 5 Extreme or cannot do; the labels also fit S5 ("how much affected"). */
export const severityScale: AnswerScale = {
  id: 'whodas-severity',
  options: [
    { code: 1, label: { kk: 'Жоқ', ru: 'Нет', en: 'None' } },
    { code: 2, label: { kk: 'Аздап', ru: 'Слабо', en: 'Mild' } },
    { code: 3, label: { kk: 'Орташа', ru: 'Умеренно', en: 'Moderate' } },
    { code: 4, label: { kk: 'Қатты', ru: 'Сильно', en: 'Severe' } },
    {
      code: 5,
      label: {
        kk: 'Өте қатты не мүлде істей алмаймын',
        ru: 'Крайне сильно или не могу',
        en: 'Extreme or cannot do',
      },
    },
  ],
};

/**
 * Days in the last 30 (H1–H3): a closed scale of the whole numbers 0–30, so `answerIssues` refuses
 * 31, −1, 2.5 or "5" with no new answer type in the engine. The labels are the numbers; a form can
 * show a scale whose labels equal its codes as a number field.
 */
export const daysScale: AnswerScale = {
  id: 'days-0-30',
  options: Array.from({ length: 31 }, (_, day) => {
    const label = String(day);
    return { code: day, label: { kk: label, ru: label, en: label } };
  }),
};

const difficulty = (id: WhodasItem, text: LocalText, hint: LocalText): InstrumentItem => ({
  id,
  section: 'difficulties',
  scale: severityScale.id,
  text,
  hint,
});

const days = (id: string, text: LocalText, hint: LocalText): InstrumentItem => ({
  id,
  section: 'days',
  scale: daysScale.id,
  text,
  hint,
});

/** S1–S12 in WHO's order, then H1–H3. Wording ours. */
export const WHODAS_12_ITEMS: readonly InstrumentItem[] = [
  difficulty(
    's1',
    {
      kk: 'Ұзақ тұру, мысалы 30 минут бойы, қаншалықты қиын болды?',
      ru: 'Насколько трудно было долго стоять, например 30 минут?',
      en: 'How hard was it to stand for a long time, such as 30 minutes?',
    },
    {
      kk: 'Кезекте не аялдамада тұрғандай',
      ru: 'Как в очереди или на остановке',
      en: 'As in a queue or at a bus stop',
    },
  ),
  difficulty(
    's2',
    {
      kk: 'Үй шаруасын атқару қаншалықты қиын болды?',
      ru: 'Насколько трудно было справляться с домашними делами?',
      en: 'How hard was it to take care of your household responsibilities?',
    },
    {
      kk: 'Тамақ әзірлеу, тазалық, мал-жай, сауда',
      ru: 'Готовка, уборка, хозяйство, покупки',
      en: 'Cooking, cleaning, livestock, shopping',
    },
  ),
  difficulty(
    's3',
    {
      kk: 'Жаңа нәрсені үйрену қаншалықты қиын болды?',
      ru: 'Насколько трудно было научиться новому делу?',
      en: 'How hard was it to learn a new task?',
    },
    {
      kk: 'Мысалы, жаңа жерге баратын жолды үйрену',
      ru: 'Например, запомнить дорогу в новое место',
      en: 'For example, learning the way to a new place',
    },
  ),
  difficulty(
    's4',
    {
      kk: 'Қоғамдық іс-шараларға басқалармен тең қатысу қаншалықты қиын болды?',
      ru: 'Насколько трудно было участвовать в жизни сообщества наравне с другими?',
      en: 'How hard was it to join in community activities as others do?',
    },
    {
      kk: 'Той, мереке, ауыл жиыны, діни шаралар',
      ru: 'Праздники, тои, собрания, религиозные события',
      en: 'Celebrations, gatherings, religious events',
    },
  ),
  difficulty(
    's5',
    {
      kk: 'Денсаулығыңыздағы қиындықтар көңіл-күйіңізге қаншалықты әсер етті?',
      ru: 'Насколько проблемы со здоровьем повлияли на ваше душевное состояние?',
      en: 'How much have your health problems affected you emotionally?',
    },
    {
      kk: 'Уайым, мұң, ашу, мазасыздық',
      ru: 'Тревога, грусть, раздражение',
      en: 'Worry, sadness, irritation',
    },
  ),
  difficulty(
    's6',
    {
      kk: 'Бір іске 10 минут зейін қою қаншалықты қиын болды?',
      ru: 'Насколько трудно было 10 минут сосредоточиться на одном деле?',
      en: 'How hard was it to concentrate on doing something for 10 minutes?',
    },
    {
      kk: 'Мысалы, жаңалық тыңдау не қағаз толтыру',
      ru: 'Например, слушать новости или заполнять бумагу',
      en: 'For example, following the news or filling in a form',
    },
  ),
  difficulty(
    's7',
    {
      kk: 'Алысқа, мысалы 1 шақырым, жаяу жүру қаншалықты қиын болды?',
      ru: 'Насколько трудно было пройти пешком далеко, например километр?',
      en: 'How hard was it to walk a long way, such as a kilometre?',
    },
    {
      kk: 'Әдетте пайдаланатын құралыңызбен',
      ru: 'С привычными вам средствами, если есть',
      en: 'With the aids you usually use, if any',
    },
  ),
  difficulty(
    's8',
    {
      kk: 'Бүкіл денеңізді жуу қаншалықты қиын болды?',
      ru: 'Насколько трудно было вымыться целиком?',
      en: 'How hard was it to wash your whole body?',
    },
    {
      kk: 'Моншада, душта не легенмен',
      ru: 'В бане, душе или из таза',
      en: 'In a bathhouse, shower or with a basin',
    },
  ),
  difficulty(
    's9',
    {
      kk: 'Киіну қаншалықты қиын болды?',
      ru: 'Насколько трудно было одеваться?',
      en: 'How hard was it to get dressed?',
    },
    {
      kk: 'Аяқ киімді қоса, барлық киім',
      ru: 'Вся одежда, включая обувь',
      en: 'All clothes, shoes included',
    },
  ),
  difficulty(
    's10',
    {
      kk: 'Бейтаныс адамдармен қарым-қатынас жасау қаншалықты қиын болды?',
      ru: 'Насколько трудно было общаться с незнакомыми людьми?',
      en: 'How hard was it to deal with people you do not know?',
    },
    {
      kk: 'Дүкенде, емханада, мекемеде',
      ru: 'В магазине, поликлинике, учреждении',
      en: 'In a shop, clinic or office',
    },
  ),
  difficulty(
    's11',
    {
      kk: 'Достықты сақтау қаншалықты қиын болды?',
      ru: 'Насколько трудно было поддерживать дружбу?',
      en: 'How hard was it to keep up a friendship?',
    },
    {
      kk: 'Хабарласу, кездесу, бірге уақыт өткізу',
      ru: 'Созваниваться, встречаться, проводить время вместе',
      en: 'Keeping in touch, meeting, spending time together',
    },
  ),
  difficulty(
    's12',
    {
      kk: 'Күнделікті жұмысыңызды не оқуыңызды атқару қаншалықты қиын болды?',
      ru: 'Насколько трудно было справляться с повседневной работой или учёбой?',
      en: 'How hard was it to do your day-to-day work or school?',
    },
    {
      kk: 'Ақылы не ақысыз жұмыс, оқу',
      ru: 'Оплачиваемая или неоплачиваемая работа, учёба',
      en: 'Paid or unpaid work, or study',
    },
  ),
  days(
    'h1',
    {
      kk: 'Соңғы 30 күннің неше күнінде осы қиындықтар болды?',
      ru: 'Сколько дней из последних 30 были эти трудности?',
      en: 'On how many of the last 30 days were these difficulties present?',
    },
    { kk: '0-ден 30-ға дейін', ru: 'От 0 до 30', en: 'From 0 to 30' },
  ),
  days(
    'h2',
    {
      kk: 'Неше күн денсаулығыңызға байланысты әдеттегі істеріңізді мүлде атқара алмадыңыз?',
      ru: 'Сколько дней вы совсем не могли заниматься обычными делами или работой из-за здоровья?',
      en: 'On how many days were you totally unable to do your usual activities or work because of your health?',
    },
    {
      kk: 'Соңғы 30 күнде, 0–30',
      ru: 'За последние 30 дней, 0–30',
      en: 'In the last 30 days, 0–30',
    },
  ),
  days(
    'h3',
    {
      kk: 'Ол күндерден бөлек, неше күн әдеттегі істеріңізді не жұмысыңызды азайттыңыз?',
      ru: 'Не считая этих дней, сколько дней вы сокращали обычные дела или работу?',
      en: 'Not counting those days, on how many days did you cut back on your usual activities or work?',
    },
    {
      kk: 'Денсаулыққа байланысты, соңғы 30 күнде',
      ru: 'Из-за здоровья, за последние 30 дней',
      en: 'Because of your health, in the last 30 days',
    },
  ),
];
