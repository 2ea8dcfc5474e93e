import type { ActivityCard } from '../activity.schema.js';
import { defineCard } from './define.js';

/** Understanding and being understood: sounds, words, choices, signs and pictures. */
export const communicationCards: readonly ActivityCard[] = [
  defineCard('communication.choosing-one-of-two', {
    ages: [12, null],
    elements: ['empowerment.advocacy_communication', 'health.rehabilitation'],
    pictogram: 'picture-cards',
    signs: ['distress'],
    kk: {
      title: 'Екі заттың бірін таңдау',
      purpose: 'Сөйлемейтін адам көзімен, қолымен не суретпен өз қалауын білдіруді үйренеді.',
      materials: ['Екі таныс зат: кесе мен доп', 'Кейін сол заттардың суреттері'],
      steps: [
        'Екі затты адамның алдына, бір-бірінен алшақ ұстаңыз.',
        'Атын атаңыз: «Су ма, доп па?»',
        'Адамның қарағанын, қол созғанын не нұсқағанын күтіңіз.',
        'Таңдағанын бірден беріп, атын айтыңыз.',
        'Күніне бірнеше рет: тамақта, ойында, киінгенде.',
        'Үйренгенде заттың орнына суретін ұстаңыз.',
      ],
      safety: [
        'Уақыт беріңіз: 10 секундқа дейін күтіңіз.',
        'Шынымен бере алатын нәрсені ғана ұсыныңыз.',
      ],
    },
    ru: {
      title: 'Выбор из двух',
      purpose:
        'Человек, который не говорит, учится показывать, чего хочет: взглядом, рукой или картинкой.',
      materials: ['Два знакомых предмета: чашка и мяч', 'Позже — картинки этих предметов'],
      steps: [
        'Держите два предмета перед человеком, на расстоянии друг от друга.',
        'Назовите их: «Вода или мяч?»',
        'Ждите взгляда, жеста или протянутой руки.',
        'Сразу дайте выбранное и назовите его.',
        'Несколько раз в день: за едой, в игре, при одевании.',
        'Когда научится, вместо предметов показывайте картинки.',
      ],
      safety: [
        'Дайте время: ждите до 10 секунд.',
        'Предлагайте только то, что действительно можете дать.',
      ],
    },
    en: {
      title: 'Choosing one of two',
      purpose:
        'A person who does not speak learns to show what they want: with the eyes, a hand or a picture.',
      materials: ['Two familiar things: a cup and a ball', 'Later, pictures of the same things'],
      steps: [
        'Hold two things in front of the person, apart from each other.',
        'Name them: “Water or ball?”',
        'Wait for a look, a reach or a point.',
        'Give the chosen thing at once and say its name.',
        'Several times a day: at meals, in play, while dressing.',
        'Once learnt, use pictures instead of the things.',
      ],
      safety: ['Give time: wait up to 10 seconds.', 'Offer only what you can really give.'],
    },
  }),
  defineCard('communication.yes-and-no', {
    ages: [18, null],
    elements: ['empowerment.advocacy_communication', 'health.rehabilitation'],
    pictogram: 'yes-no',
    signs: ['distress'],
    kk: {
      title: '«Иә» мен «жоқ» белгілері',
      purpose: 'Адам «иә» мен «жоқты» анық көрсетсе, отбасы оның қалауын біле алады.',
      materials: ['Екі карточка: ✓ «иә» және ✗ «жоқ»'],
      steps: [
        '«Иә» белгісін бірге таңдаңыз: бас изеу, күлу не қол көтеру.',
        '«Жоқ» белгісін де таңдаңыз: басын шайқау не бұрылу.',
        'Жауабын білетін сұрақтан бастаңыз: «Бұл доп па?»',
        'Жауабын күтіңіз, қажет болса белгіні көрсетіңіз.',
        'Жауап бергенде мақтап, айтқанын орындаңыз.',
        'Белгілерді отбасының бәріне үйретіңіз.',
      ],
      safety: ['Бір сұрақ қойыңыз, қысқа әрі анық.', 'Адамның «жоқ» дегенін құрметтеңіз.'],
    },
    ru: {
      title: 'Знаки «да» и «нет»',
      purpose: 'Когда человек ясно показывает «да» и «нет», семья может узнать, чего он хочет.',
      materials: ['Две карточки: ✓ «да» и ✗ «нет»'],
      steps: [
        'Вместе выберите знак «да»: кивок, улыбка или поднятая рука.',
        'Выберите и знак «нет»: покачать головой или отвернуться.',
        'Начните с вопросов, ответ на которые знаете: «Это мяч?»',
        'Ждите ответа; если нужно, покажите знак.',
        'За ответ похвалите и сделайте, как он сказал.',
        'Научите этим знакам всю семью.',
      ],
      safety: ['Один вопрос за раз, коротко и ясно.', 'Уважайте его «нет».'],
    },
    en: {
      title: 'Signs for yes and no',
      purpose: 'When a person shows “yes” and “no” clearly, the family can learn what they want.',
      materials: ['Two cards: ✓ “yes” and ✗ “no”'],
      steps: [
        'Choose a sign for “yes” together: a nod, a smile or a raised hand.',
        'Choose a sign for “no” too: a head shake or turning away.',
        'Start with questions you know the answer to: “Is this a ball?”',
        'Wait for the answer; show the sign if needed.',
        'Praise the answer and do what it says.',
        'Teach the signs to the whole family.',
      ],
      safety: ['One question at a time, short and clear.', 'Respect the person’s “no”.'],
    },
  }),
  defineCard('communication.naming-things', {
    ages: [6, 84],
    elements: ['education.early_childhood', 'health.rehabilitation'],
    pictogram: 'talking',
    signs: [],
    kk: {
      title: 'Заттарды атау',
      purpose: 'Бала күнделікті істер кезінде сөздерді естіп, түсініп, айта бастайды.',
      materials: ['Үйдегі заттар: кесе, қасық, аяқ киім, доп'],
      steps: [
        'Баламен бетпе-бет, көзі деңгейінде отырыңыз.',
        'Не істеп жатқаныңызды қысқа айтыңыз: «Кесе. Су ішеміз».',
        'Затты көрсетіп, атын анық әрі баяу айтыңыз.',
        'Баланың дыбысына не сөзіне жауап беріңіз.',
        'Бала айтқан сөзге бір сөз қосыңыз: «доп» — «үлкен доп».',
        'Күн бойы: тамақта, жуынғанда, серуенде.',
      ],
      safety: [
        'Теледидар мен телефонды өшіріңіз: бала сізді естісін.',
        'Сөйлеуге мәжбүрлемеңіз, ойын болсын.',
      ],
      stopSigns: ['Бала дыбысқа жауап бермесе.', 'Бұрын айтқан сөздерін айтпай қойса.'],
    },
    ru: {
      title: 'Называем предметы',
      purpose: 'В повседневных делах ребёнок слышит слова, начинает понимать и говорить их.',
      materials: ['Вещи из дома: чашка, ложка, обувь, мяч'],
      steps: [
        'Сядьте лицом к ребёнку, на уровне его глаз.',
        'Коротко говорите, что делаете: «Чашка. Пьём воду».',
        'Покажите предмет и назовите его чётко и медленно.',
        'Отвечайте на его звуки и слова.',
        'Добавляйте одно слово к его слову: «мяч» — «большой мяч».',
        'Весь день: за едой, при мытье, на прогулке.',
      ],
      safety: [
        'Выключите телевизор и телефон: пусть ребёнок слышит вас.',
        'Не заставляйте говорить, пусть это будет игра.',
      ],
      stopSigns: [
        'Ребёнок не реагирует на звуки.',
        'Перестал говорить слова, которые уже говорил.',
      ],
    },
    en: {
      title: 'Naming things',
      purpose:
        'In everyday tasks the child hears words, begins to understand them and to say them.',
      materials: ['Things at home: a cup, a spoon, shoes, a ball'],
      steps: [
        'Sit face to face with the child, at eye level.',
        'Say briefly what you are doing: “Cup. We drink water.”',
        'Show a thing and say its name clearly and slowly.',
        'Answer the child’s sounds and words.',
        'Add one word to the child’s word: “ball” — “big ball”.',
        'All day long: at meals, at bath time, on walks.',
      ],
      safety: [
        'Turn off the TV and the phone, so the child hears you.',
        'Do not force the child to speak; keep it a game.',
      ],
      stopSigns: [
        'The child does not react to sounds.',
        'The child stops saying words they used to say.',
      ],
    },
  }),
  defineCard('communication.sound-games', {
    ages: [0, 36],
    elements: ['education.early_childhood', 'social.relationships_family'],
    pictogram: 'talking',
    signs: [],
    kk: {
      title: 'Кезекпен дыбыс ойыны',
      purpose: 'Бала дыбыс шығаруды, кезек күтуді және сізбен «сөйлесуді» үйренеді.',
      materials: ['Кішкене айна', 'Сылдырмақ'],
      steps: [
        'Баламен бетпе-бет, жақын отырыңыз.',
        'Баланың дыбыс шығарғанын күтіңіз.',
        'Сол дыбысты қайталаңыз: «ба-ба».',
        'Кідіріп, баланың жауабын күтіңіз.',
        'Жаңа дыбыс қосыңыз: «ма-ма», «бу-бу».',
        'Күлімдеп, қуанышыңызды жүзіңізбен көрсетіңіз.',
      ],
      safety: [
        'Бала шаршаса не бұрылса, тоқтап, кейін қайталаңыз.',
        'Сылдырмақты құлағына тым жақын сілкімеңіз.',
      ],
      stopSigns: ['Бала қатты дыбыстан селт етпесе.', 'Бала бетіңізге мүлде қарамаса.'],
    },
    ru: {
      title: 'Игра звуками по очереди',
      purpose: 'Ребёнок учится издавать звуки, ждать очереди и «разговаривать» с вами.',
      materials: ['Маленькое зеркало', 'Погремушка'],
      steps: [
        'Сядьте близко, лицом к ребёнку.',
        'Подождите, пока ребёнок издаст звук.',
        'Повторите его звук: «ба-ба».',
        'Сделайте паузу и ждите ответа.',
        'Добавьте новый звук: «ма-ма», «бу-бу».',
        'Улыбайтесь, показывайте радость лицом.',
      ],
      safety: [
        'Если ребёнок устал или отвернулся, прекратите и вернитесь позже.',
        'Не трясите погремушкой близко к уху.',
      ],
      stopSigns: [
        'Ребёнок не вздрагивает от громкого звука.',
        'Ребёнок совсем не смотрит вам в лицо.',
      ],
    },
    en: {
      title: 'Sound games, taking turns',
      purpose: 'The child learns to make sounds, wait for a turn and “talk” with you.',
      materials: ['A small mirror', 'A rattle'],
      steps: [
        'Sit close, face to face with the child.',
        'Wait for the child to make a sound.',
        'Copy the sound: “ba-ba”.',
        'Pause and wait for an answer.',
        'Add a new sound: “ma-ma”, “boo-boo”.',
        'Smile and show joy with your face.',
      ],
      safety: [
        'If the child is tired or turns away, stop and try later.',
        'Do not shake the rattle close to the ear.',
      ],
      stopSigns: [
        'The child does not startle at a loud sound.',
        'The child never looks at your face.',
      ],
    },
  }),
  defineCard('communication.picture-plan', {
    ages: [30, null],
    elements: ['health.rehabilitation', 'education.non_formal'],
    pictogram: 'schedule',
    signs: ['distress'],
    kk: {
      title: 'Суретті күн тәртібі',
      purpose: 'Суреттер күннің қалай өтетінін көрсетеді: адам алдын ала біледі, аз мазасызданады.',
      materials: ['Заттардың суреттері не фотолары', 'Картон жолақ', 'Желім не скотч'],
      steps: [
        'Күннің 3–5 ісін таңдаңыз: тамақ, жуыну, ойын, ұйқы.',
        'Әр іске бір сурет дайындаңыз.',
        'Суреттерді ретімен картонға жабыстырыңыз.',
        'Жолақты көз деңгейіне іліңіз.',
        'Әр істің алдында суретін бірге қараңыз.',
        'Іс біткенде суретті алыңыз не белгі қойыңыз.',
      ],
      safety: [
        'Суреттер анық болсын, әрқайсысында бір зат.',
        'Күн тәртібі өзгерсе, суретті алдын ала ауыстырыңыз.',
      ],
    },
    ru: {
      title: 'Распорядок дня в картинках',
      purpose: 'Картинки показывают, как пройдёт день: человек знает заранее и меньше тревожится.',
      materials: ['Картинки или фото предметов', 'Полоска картона', 'Клей или скотч'],
      steps: [
        'Выберите 3–5 дел дня: еда, мытьё, игра, сон.',
        'Подготовьте для каждого дела одну картинку.',
        'Наклейте картинки на картон по порядку.',
        'Повесьте полоску на уровне глаз.',
        'Перед каждым делом смотрите его картинку вместе.',
        'Когда дело сделано, снимите картинку или отметьте её.',
      ],
      safety: [
        'Картинки чёткие, на каждой один предмет.',
        'Если распорядок меняется, замените картинку заранее.',
      ],
    },
    en: {
      title: 'A picture plan for the day',
      purpose: 'Pictures show how the day will go: the person knows in advance and worries less.',
      materials: ['Pictures or photos of things', 'A strip of cardboard', 'Glue or tape'],
      steps: [
        'Choose 3–5 things of the day: meal, washing, play, sleep.',
        'Make one picture for each.',
        'Stick the pictures on the cardboard in order.',
        'Hang the strip at eye level.',
        'Before each activity, look at its picture together.',
        'When it is done, take the picture off or mark it.',
      ],
      safety: [
        'Clear pictures, one thing in each.',
        'If the plan changes, change the picture in advance.',
      ],
    },
  }),
  defineCard('communication.hello-and-goodbye', {
    ages: [12, null],
    elements: ['social.relationships_family', 'empowerment.advocacy_communication'],
    pictogram: 'waving',
    signs: ['distress'],
    kk: {
      title: 'Сәлемдесу және қоштасу',
      purpose:
        'Адам сөзбен, ыммен не қол бұлғап сәлемдесуді үйренеді: басқалармен араласу осыдан басталады.',
      materials: [],
      steps: [
        'Қонақ келгенде, адаммен бірге қарсы алыңыз.',
        'Өзіңіз сәлемдесіп, қол бұлғаңыз.',
        'Адамға кезек беріп, күтіңіз.',
        'Қажет болса, қолын көтеруге ақырын көмектесіңіз.',
        'Қонақ кеткенде «сау болыңыз» деп қоштасыңыз.',
        'Көршілермен, дүкенде де солай жасаңыз.',
      ],
      safety: [
        'Адам қаламаса, құшақтауға не сүюге мәжбүрлемеңіз.',
        'Бейтаныс адамдармен сақ болуды да үйретіңіз.',
      ],
    },
    ru: {
      title: 'Приветствие и прощание',
      purpose:
        'Человек учится здороваться словом, жестом или взмахом руки: так начинается общение с другими.',
      materials: [],
      steps: [
        'Когда приходят гости, встречайте их вместе.',
        'Сами поздоровайтесь и помашите рукой.',
        'Дайте человеку его очередь и подождите.',
        'Если нужно, мягко помогите поднять руку.',
        'Когда гость уходит, попрощайтесь: «до свидания».',
        'Так же — с соседями и в магазине.',
      ],
      safety: [
        'Не заставляйте обниматься или целоваться, если человек не хочет.',
        'Учите и осторожности с незнакомыми.',
      ],
    },
    en: {
      title: 'Saying hello and goodbye',
      purpose:
        'The person learns to greet with a word, a sign or a wave: being with others starts here.',
      materials: [],
      steps: [
        'When guests come, welcome them together.',
        'Say hello and wave yourself.',
        'Give the person a turn and wait.',
        'If needed, gently help to lift the hand.',
        'When the guest leaves, say goodbye.',
        'Do the same with neighbours and in the shop.',
      ],
      safety: [
        'Do not make the person hug or kiss anyone they do not want to.',
        'Teach care with strangers too.',
      ],
    },
  }),
];
