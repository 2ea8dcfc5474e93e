import { type AreaData, skill } from './types.js';

export const selfHelp: AreaData = {
  id: 'selfHelp',
  title: { kk: 'Өзіне-өзі қызмет ету', ru: 'Самообслуживание', en: 'Self-help' },
  bands: [
    // 0–11 months
    [
      skill(
        'feeds-well',
        'Емшектен не бөтелкеден қақалмай жақсы емеді',
        'Хорошо сосёт грудь или бутылочку, не поперхиваясь',
        'Feeds well from the breast or bottle without choking',
      ),
      skill(
        'opens-mouth-for-spoon',
        'Қасық жақындағанда аузын ашады',
        'Открывает рот, когда подносят ложку',
        'Opens the mouth when a spoon comes near',
      ),
      skill(
        'eats-mashed-food',
        'Қасықпен берілген езілген тамақты жейді',
        'Ест с ложки протёртую пищу',
        'Eats mashed food from a spoon',
      ),
      skill(
        'holds-bread',
        'Нан кесегін не печеньені өзі ұстап жейді',
        'Сам держит кусочек хлеба или печенье и ест',
        'Holds a piece of bread or a biscuit and eats it',
      ),
      skill(
        'drinks-from-held-cup',
        'Ересек ұстап тұрған кеседен ішеді',
        'Пьёт из чашки, которую держит взрослый',
        'Drinks from a cup held by an adult',
      ),
    ],
    // 12–23 months
    [
      skill(
        'helps-dressing',
        'Киіндіргенде қолын не аяғын өзі созады',
        'Помогает одевать себя: протягивает руку или ногу',
        'Holds out an arm or a leg to help with dressing',
      ),
      skill(
        'drinks-from-cup',
        'Кесені екі қолымен ұстап, аздап төгіп ішеді',
        'Пьёт из чашки, держа её двумя руками, немного проливая',
        'Drinks from a cup held in both hands, spilling a little',
      ),
      skill(
        'takes-off-socks',
        'Шұлығын не бас киімін өзі шешеді',
        'Сам снимает носки или шапку',
        'Takes off socks or a hat',
      ),
      skill(
        'feeds-with-spoon',
        'Қасықпен өзі жейді, аздап төгеді',
        'Сам ест ложкой, немного проливая',
        'Feeds themself with a spoon, spilling some',
      ),
      skill(
        'signals-wet',
        'Жаялығы дымқыл не лас болғанын қимылмен не сөзбен білдіреді',
        'Показывает или говорит, что подгузник мокрый или грязный',
        'Shows or says when the nappy is wet or dirty',
      ),
    ],
    // 24–35 months
    [
      skill(
        'drinks-without-spilling',
        'Кәдімгі кеседен төкпей ішеді',
        'Пьёт из обычной чашки, не проливая',
        'Drinks from an ordinary cup without spilling',
      ),
      skill(
        'takes-off-clothes',
        'Қарапайым киімін шешеді (түймесі ағытылған күрте, белі резеңке шалбар)',
        'Снимает простую одежду (расстёгнутую куртку, штаны на резинке)',
        'Takes off simple clothes (an open jacket, trousers with elastic)',
      ),
      skill(
        'washes-hands-with-help',
        'Аздаған көмекпен қолын жуып, сүртеді',
        'Моет и вытирает руки с небольшой помощью',
        'Washes and dries hands with a little help',
      ),
      skill(
        'brushes-teeth-with-help',
        'Ересектің көмегімен тісін тазалайды',
        'Чистит зубы с помощью взрослого',
        "Brushes teeth with an adult's help",
      ),
      skill(
        'uses-potty',
        'Күндіз еске салғанда түбекке не дәретханаға отырады',
        'Днём ходит на горшок или в туалет, когда напомнят',
        'Uses the potty or toilet during the day when reminded',
      ),
    ],
    // 36–47 months
    [
      skill(
        'eats-whole-meal',
        'Тамағын қасықпен көмексіз, аз төгіп жеп бітіреді',
        'Съедает всю порцию ложкой без помощи, почти не проливая',
        'Eats a whole meal with a spoon without help, spilling little',
      ),
      skill(
        'puts-on-clothes',
        'Қарапайым киімді өзі киеді (шалбар, футболка), кейде теріс киюі мүмкін',
        'Сам надевает простую одежду (штаны, футболку), иногда задом наперёд',
        'Puts on simple clothes (trousers, T-shirt), sometimes back to front',
      ),
      skill(
        'undoes-buttons',
        'Үлкен түймелерді ағытады',
        'Расстёгивает крупные пуговицы',
        'Undoes large buttons',
      ),
      skill(
        'wipes-nose',
        'Еске салғанда мұрнын өзі сүртеді',
        'Вытирает нос, когда напомнят',
        'Wipes their own nose when reminded',
      ),
      skill(
        'dry-by-day',
        'Күндіз құрғақ жүреді, дәретханаға өзі сұранады',
        'Днём сухой, сам просится в туалет',
        'Stays dry during the day and asks to go to the toilet',
      ),
    ],
    // 48–59 months
    [
      skill(
        'washes-face',
        'Бетін, қолын көмексіз жуып, сүртеді',
        'Без помощи умывается, моет руки и вытирается',
        'Washes face and hands and dries them without help',
      ),
      skill(
        'does-up-buttons',
        'Үлкен түймелерді өзі салады',
        'Застёгивает крупные пуговицы',
        'Does up large buttons',
      ),
      skill(
        'puts-on-shoes',
        'Жапсырмалы аяқ киімін дұрыс аяғына өзі киеді',
        'Сам надевает обувь на липучках на нужную ногу',
        'Puts on shoes with velcro on the correct feet',
      ),
      skill(
        'pours-drink',
        'Кішкентай құмырадан сусынды аз төгіп құяды',
        'Наливает питьё из маленького кувшина, почти не проливая',
        'Pours a drink from a small jug, spilling little',
      ),
      skill(
        'uses-toilet-alone',
        'Дәретханаға өзі барып, киімін өзі түзейді',
        'Сам ходит в туалет и сам поправляет одежду',
        'Uses the toilet alone and sorts out their clothes',
      ),
    ],
    // 60–71 months
    [
      skill(
        'eats-with-fork',
        'Қасық пен шанышқыны дұрыс ұстап, ұқыпты тамақтанады',
        'Аккуратно ест, правильно пользуясь ложкой и вилкой',
        'Eats neatly using a spoon and fork',
      ),
      skill(
        'tidies-things',
        'Киімі мен ойыншықтарын орнына өзі жинайды',
        'Сам убирает на место свою одежду и игрушки',
        'Puts their own clothes and toys back in place',
      ),
      skill(
        'brushes-teeth',
        'Тісін өзі тазалайды (ересек тексереді)',
        'Сам чистит зубы (взрослый проверяет)',
        'Brushes their own teeth (an adult checks)',
      ),
      skill(
        'dresses-alone',
        'Бау байлау мен ұсақ ілгектерден басқасын өзі толық киінеді',
        'Полностью одевается сам, кроме шнурков и мелких застёжек',
        'Gets fully dressed alone, except for laces and small fasteners',
      ),
      skill(
        'dry-at-night',
        'Түндердің көбінде төсегін суламайды',
        'Большинство ночей остаётся сухим',
        'Stays dry at night on most nights',
      ),
    ],
    // 72–83 months
    [
      skill(
        'spreads-with-knife',
        'Нанға майды пышақпен өзі жағады',
        'Сам намазывает масло на хлеб ножом',
        'Spreads butter on bread with a knife',
      ),
      skill(
        'chooses-clothes-for-weather',
        'Ауа райына сай киімді өзі таңдайды',
        'Сам выбирает одежду по погоде',
        'Chooses clothes that suit the weather',
      ),
      skill(
        'packs-bag',
        'Еске салғанда балабақшаға не мектепке сөмкесін өзі жинайды',
        'С напоминанием сам собирает сумку в детский сад или школу',
        'Packs their bag for kindergarten or school with reminders',
      ),
      skill(
        'washes-with-little-help',
        'Моншада не душта аздаған көмекпен денесін өзі жуады',
        'Моется в бане или под душем сам, с небольшой помощью',
        'Washes their body in the bath, shower or bathhouse with a little help',
      ),
      skill(
        'ties-laces',
        'Аяқ киімнің бауын өзі байлайды',
        'Сам завязывает шнурки',
        'Ties shoelaces',
      ),
    ],
  ],
};
