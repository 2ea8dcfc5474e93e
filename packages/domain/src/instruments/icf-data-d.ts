import type { IcfCategory } from './icf-category.js';

/** Activities and participation (d) common in community-based rehabilitation: ICF codes, our wording. */
export const ICF_ACTIVITIES: readonly IcfCategory[] = [
  {
    code: 'd110',
    title: { kk: 'Көзбен қарау', ru: 'Использование зрения', en: 'Watching' },
    hint: {
      kk: 'Әдейі қарап, көзбен бақылау',
      ru: 'Намеренно смотреть и следить глазами',
      en: 'Looking at and following on purpose',
    },
  },
  {
    code: 'd115',
    title: { kk: 'Тыңдау', ru: 'Использование слуха', en: 'Listening' },
    hint: {
      kk: 'Сөзді, әнді, дыбысты әдейі тыңдау',
      ru: 'Намеренно слушать речь, музыку, звуки',
      en: 'Listening on purpose to speech, music, sounds',
    },
  },
  {
    code: 'd155',
    title: { kk: 'Дағдыларды меңгеру', ru: 'Приобретение навыков', en: 'Acquiring skills' },
    hint: {
      kk: 'Құрал, ойын, қарапайым іс үйрену',
      ru: 'Научиться пользоваться вещью, игре, делу',
      en: 'Learning to use a tool, a game, a task',
    },
  },
  {
    code: 'd166',
    title: { kk: 'Оқу', ru: 'Чтение', en: 'Reading' },
    hint: {
      kk: 'Жазылғанды оқып түсіну, Брайльді қоса',
      ru: 'Читать и понимать текст, включая Брайль',
      en: 'Reading and understanding text, Braille included',
    },
  },
  {
    code: 'd310',
    title: {
      kk: 'Ауызша айтылғанды түсіну',
      ru: 'Восприятие устных сообщений',
      en: 'Communicating with – receiving – spoken messages',
    },
    hint: {
      kk: 'Өзіне айтылған сөзді түсіну',
      ru: 'Понимать обращённую речь',
      en: 'Understanding what is said to them',
    },
  },
  {
    code: 'd330',
    title: { kk: 'Сөйлеу', ru: 'Речь', en: 'Speaking' },
    hint: {
      kk: 'Ойын сөзбен жеткізу',
      ru: 'Выражать мысли словами',
      en: 'Saying what they mean in words',
    },
  },
  {
    code: 'd450',
    title: { kk: 'Жаяу жүру', ru: 'Ходьба', en: 'Walking' },
    hint: {
      kk: 'Жақын және алыс қашықтыққа',
      ru: 'На короткие и длинные расстояния',
      en: 'Short and long distances',
    },
  },
  {
    code: 'd455',
    title: { kk: 'Басқаша қозғалу', ru: 'Передвижение иными способами', en: 'Moving around' },
    hint: {
      kk: 'Еңбектеу, баспалдақпен шығу, жүгіру',
      ru: 'Ползать, подниматься по лестнице, бегать',
      en: 'Crawling, climbing stairs, running',
    },
  },
  {
    code: 'd460',
    title: {
      kk: 'Әр түрлі жерлерде жүру',
      ru: 'Передвижение в различных местах',
      en: 'Moving around in different locations',
    },
    hint: {
      kk: 'Үйде, аулада, көшеде, басқа ғимаратта',
      ru: 'Дома, во дворе, на улице, в других зданиях',
      en: 'At home, in the yard, outdoors, other buildings',
    },
  },
  {
    code: 'd465',
    title: {
      kk: 'Құралмен қозғалу',
      ru: 'Передвижение с техническими средствами',
      en: 'Moving around using equipment',
    },
    hint: {
      kk: 'Арбамен, ходунокпен не басқа құралмен',
      ru: 'На коляске, с ходунками или другим средством',
      en: 'With a wheelchair, a walker or similar',
    },
  },
  {
    code: 'd510',
    title: { kk: 'Жуыну', ru: 'Мытьё', en: 'Washing oneself' },
    hint: {
      kk: 'Бүкіл денені жуу, сүрту',
      ru: 'Мыть и вытирать всё тело',
      en: 'Washing and drying the whole body',
    },
  },
  {
    code: 'd520',
    title: { kk: 'Дене мүшелерін күту', ru: 'Уход за частями тела', en: 'Caring for body parts' },
    hint: {
      kk: 'Тіс, шаш, тырнақ, тері',
      ru: 'Зубы, волосы, ногти, кожа',
      en: 'Teeth, hair, nails, skin',
    },
  },
  {
    code: 'd530',
    title: { kk: 'Дәретке бару', ru: 'Физиологические отправления', en: 'Toileting' },
    hint: {
      kk: 'Дәретхананы пайдалану, тазалану, етеккір кезі',
      ru: 'Туалет, гигиена, менструация',
      en: 'Toilet use, cleaning, menstrual care',
    },
  },
  {
    code: 'd540',
    title: { kk: 'Киіну', ru: 'Одевание', en: 'Dressing' },
    hint: {
      kk: 'Киім мен аяқ киімді кию, шешу',
      ru: 'Надевать и снимать одежду и обувь',
      en: 'Putting on and taking off clothes and shoes',
    },
  },
  {
    code: 'd550',
    title: { kk: 'Тамақ ішу', ru: 'Приём пищи', en: 'Eating' },
    hint: {
      kk: 'Тамақты аузына апару, шайнау, жұту',
      ru: 'Подносить пищу ко рту, жевать, глотать',
      en: 'Bringing food to the mouth, chewing, swallowing',
    },
  },
  {
    code: 'd710',
    title: {
      kk: 'Адамдармен негізгі қарым-қатынас',
      ru: 'Базовые межличностные взаимодействия',
      en: 'Basic interpersonal interactions',
    },
    hint: {
      kk: 'Сыйластық, жылылық, орынды мінез',
      ru: 'Уважение, теплота, уместное поведение',
      en: 'Respect, warmth, fitting behaviour',
    },
  },
  {
    code: 'd760',
    title: { kk: 'Отбасылық қатынастар', ru: 'Семейные отношения', en: 'Family relationships' },
    hint: {
      kk: 'Ата-ана, бала, туыстармен',
      ru: 'С родителями, детьми, роднёй',
      en: 'With parents, children, relatives',
    },
  },
  {
    code: 'd820',
    title: { kk: 'Мектепте оқу', ru: 'Школьное образование', en: 'School education' },
    hint: {
      kk: 'Мектепке бару, сабаққа қатысу',
      ru: 'Ходить в школу и участвовать в уроках',
      en: 'Attending school and taking part in lessons',
    },
  },
  {
    code: 'd850',
    title: { kk: 'Ақылы жұмыс', ru: 'Оплачиваемая работа', en: 'Remunerative employment' },
    hint: {
      kk: 'Жалақы не табыс әкелетін жұмыс',
      ru: 'Работа за зарплату или доход',
      en: 'Work for wages or income',
    },
  },
  {
    code: 'd920',
    title: { kk: 'Демалыс және бос уақыт', ru: 'Отдых и досуг', en: 'Recreation and leisure' },
    hint: {
      kk: 'Ойын, спорт, өнер, серуен',
      ru: 'Игры, спорт, творчество, прогулки',
      en: 'Play, sport, arts, outings',
    },
  },
];
