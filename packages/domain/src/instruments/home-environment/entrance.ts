import type { HomeSectionData } from './types.js';

export const entrance: HomeSectionData = {
  id: 'entrance',
  title: { kk: 'Кіреберіс және баспалдақ', ru: 'Вход и ступени', en: 'Entrance and steps' },
  checks: [
    {
      id: 'step-free',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Көшеден немесе ауладан есікке дейін баспалдақсыз не пандус арқылы жетуге бола ма?',
        ru: 'Можно ли добраться от улицы или двора до входной двери без ступенек или по пандусу?',
        en: 'Can the person get from the street or yard to the front door without steps, or by a ramp?',
      },
      hint: {
        kk: 'Адамнан осы жолды өзі жүретіндей (арбамен не ходунокпен) өтіп көрсетуін сұраңыз.',
        ru: 'Попросите человека пройти этот путь так, как он ходит обычно (с коляской или ходунками).',
        en: 'Ask the person to show you the way as they usually go (with a wheelchair or walker).',
      },
      adaptations: ['ramp-at-entrance'],
    },
    {
      id: 'handrail',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Кіреберістегі баспалдақтың бойында берік тұтқа бар ма (мүмкіндігінше екі жағында)?',
        ru: 'Есть ли вдоль ступенек у входа прочный поручень (по возможности с обеих сторон)?',
        en: 'Is there a firm handrail along the entrance steps (on both sides if possible)?',
      },
      hint: {
        kk: 'Баспалдақ болмаса — «қатысы жоқ». Бір жағында ғана болса немесе шайқалса — «ішінара».',
        ru: 'Если ступенек нет — «не относится». Только с одной стороны или шатается — «частично».',
        en: 'No steps: not applicable. On one side only, or loose: partly.',
      },
      adaptations: ['handrail-entrance-steps'],
    },
    {
      id: 'steps-safe',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Баспалдақ пен жолдың беті тегіс, сынбаған және тайғақ емес пе (қыста мұз қатпай ма)?',
        ru: 'Ровные ли ступени и дорожка, без сколов и не скользкие ли они (и зимой, ото льда)?',
        en: 'Are the steps and path even, unbroken and not slippery (ice in winter included)?',
      },
      adaptations: ['repair-steps', 'non-slip-steps'],
    },
    {
      id: 'path-firm',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Қақпадан есікке дейінгі жол арбамен не ходунокпен жүруге жететіндей қатты әрі бос па?',
        ru: 'Достаточно ли твёрдая и свободная дорожка от калитки до двери для коляски или ходунков?',
        en: 'Is the path from the gate to the door firm and clear enough for a wheelchair or walker?',
      },
      hint: {
        kk: 'Балшық, шашылған тас, үйілген заттар — кедергі.',
        ru: 'Грязь, рассыпанные камни, сложенные вещи — это барьер.',
        en: 'Mud, loose stones and piled-up things are barriers.',
      },
      adaptations: ['firm-path'],
    },
    {
      id: 'landing',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Есік алдында оны ашқанда тұруға немесе арбаны бұруға жететін тегіс алаң бар ма?',
        ru: 'Есть ли перед дверью ровная площадка, где можно стоять или развернуть коляску, открывая дверь?',
        en: 'Is there a level space in front of the door to stand, or turn a wheelchair, while opening it?',
      },
      hint: {
        kk: 'Арба үшін шамамен 1,5 × 1,5 м.',
        ru: 'Для коляски — около 1,5 × 1,5 м.',
        en: 'About 1.5 × 1.5 m for a wheelchair.',
      },
      adaptations: ['level-landing'],
    },
    {
      id: 'flat-access',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Пәтер болса: адам пәтерге баспалдақпен көтерілмей жете ала ма (бірінші қабат, істеп тұрған лифт немесе пандус)?',
        ru: 'Если это квартира: может ли человек попасть в неё, не поднимаясь по лестнице (первый этаж, работающий лифт или пандус)?',
        en: 'In a block of flats: can the person reach the flat without climbing stairs (ground floor, a working lift or a ramp)?',
      },
      hint: {
        kk: 'Жеке үй болса — «қатысы жоқ».',
        ru: 'Частный дом — «не относится».',
        en: 'A house: not applicable.',
      },
      adaptations: ['stairwell-access', 'ground-floor-housing'],
    },
  ],
  adaptations: [
    {
      id: 'ramp-at-entrance',
      title: { kk: 'Кіреберістегі пандус', ru: 'Пандус у входа', en: 'Ramp at the entrance' },
      text: {
        kk: 'Баспалдақтың үстінен баяу еңісті пандус жасаңыз (биіктіктің әр 8 см-іне шамамен 1 м ұзындық), ені кемінде 90 см, дөңгелек тайып кетпейтіндей жиегі болсын. Бір-екі саты үшін ағаш не металл алмалы-салмалы пандус жеткілікті.',
        ru: 'Сделайте поверх ступенек пологий пандус (около 1 м длины на каждые 8 см высоты), шириной не меньше 90 см, с бортиками, чтобы колёса не соскальзывали. Для одной-двух ступенек хватит переносного пандуса из дерева или металла.',
        en: 'Build a gentle ramp over the steps (about 1 m of length for every 8 cm of height), at least 90 cm wide, with edges so wheels cannot slip off. For one or two steps a portable wooden or metal ramp is enough.',
      },
      elements: ['health.assistive_devices', 'empowerment.community_mobilization'],
    },
    {
      id: 'handrail-entrance-steps',
      title: {
        kk: 'Баспалдақ бойындағы тұтқа',
        ru: 'Поручень вдоль ступенек',
        en: 'Handrail along the steps',
      },
      text: {
        kk: 'Баспалдақтың бүкіл бойына шамамен 90 см биіктікте берік тұтқа бекітіңіз, мүмкін болса екі жағына да, жоғарғы және төменгі сатыдан сәл ұзын етіп. Берік тіреуге бекітілген тегіс құбыр не ағаш жарайды.',
        ru: 'Закрепите прочный поручень на высоте около 90 см вдоль всех ступенек, по возможности с обеих сторон, чуть длиннее верхней и нижней ступени. Подойдёт гладкая труба или деревянный брус на крепких стойках.',
        en: 'Fix a firm handrail about 90 cm high along all the steps, on both sides if possible, reaching a little past the top and bottom step. A smooth pipe or wooden rail on strong posts works.',
      },
      elements: ['health.assistive_devices', 'health.prevention'],
    },
    {
      id: 'repair-steps',
      title: { kk: 'Баспалдақты жөндеу', ru: 'Ремонт ступенек', en: 'Repair the steps' },
      text: {
        kk: 'Сынған не әртүрлі биіктіктегі сатыларды жөндеңіз: әр сатының биіктігі бірдей, басатын жері тегіс әрі кең болсын.',
        ru: 'Отремонтируйте сломанные или неровные ступени: все одной высоты, с ровной и широкой проступью.',
        en: 'Repair broken or uneven steps so that all are the same height with a flat, wide tread.',
      },
      elements: ['health.prevention'],
    },
    {
      id: 'non-slip-steps',
      title: { kk: 'Тайғақ емес саты', ru: 'Ступени без скольжения', en: 'Non-slip steps' },
      text: {
        kk: 'Сатыларға резеңке жолақ не кедір-бұдыр төсеніш бекітіңіз; қыста қарды күреп, күнде таңертең құм не күл себіңіз.',
        ru: 'Закрепите на ступенях резиновые полосы или шершавый коврик; зимой убирайте снег и каждое утро посыпайте песком или золой.',
        en: 'Fix rubber strips or a rough mat on the steps; in winter clear the snow and sprinkle sand or ash every morning.',
      },
      elements: ['health.prevention'],
    },
    {
      id: 'firm-path',
      title: { kk: 'Қатты әрі бос жол', ru: 'Твёрдая свободная дорожка', en: 'A firm, clear path' },
      text: {
        kk: 'Қақпадан есікке дейін ені кемінде 90 см қатты жол салыңыз (бетон, тақтатас не тығыздалған қиыршық тас) және оны бос ұстаңыз. Көршілер асар жасап көмектесе алады.',
        ru: 'Проложите от калитки до двери твёрдую дорожку шириной не меньше 90 см (бетон, плитка или утрамбованный гравий) и держите её свободной. Соседи могут помочь, собравшись на асар.',
        en: 'Lay a firm path at least 90 cm wide from the gate to the door (concrete, slabs or packed gravel) and keep it clear. Neighbours can help on a shared work day (asar).',
      },
      elements: ['empowerment.community_mobilization', 'health.prevention'],
    },
    {
      id: 'level-landing',
      title: { kk: 'Есік алдындағы алаң', ru: 'Площадка у двери', en: 'Level space at the door' },
      text: {
        kk: 'Есік алдына тақтайдан не бетоннан тегіс алаң жасаңыз (арба үшін шамамен 1,5 × 1,5 м) немесе есікті ішке қарай ашылатындай қайта іліңіз.',
        ru: 'Сделайте перед дверью ровную площадку из досок или бетона (для коляски около 1,5 × 1,5 м) или перевесьте дверь, чтобы она открывалась внутрь.',
        en: 'Make a level landing of boards or concrete in front of the door (about 1.5 × 1.5 m for a wheelchair), or rehang the door to open inwards.',
      },
      elements: ['health.assistive_devices'],
    },
    {
      id: 'stairwell-access',
      title: {
        kk: 'Қолжетімді кіреберіс',
        ru: 'Доступный подъезд',
        en: 'An accessible building entrance',
      },
      text: {
        kk: 'Мәселені мүлік иелерінің бірлестігіне (МИБ) және әкімдікке жеткізіңіз: кіреберіске пандус не рельс, лифтті жөндеу. Мүгедектер ұйымы қолдаған отбасы хатының салмағы ауыр.',
        ru: 'Поднимите вопрос перед объединением собственников имущества (ОСИ) и акиматом: пандус или рельсы у подъезда, ремонт лифта. Письмо семьи при поддержке организации людей с инвалидностью весомее.',
        en: "Raise it with the building's owners' association and the akimat: a ramp or rails at the entrance, a repaired lift. A family's letter backed by a disabled people's organization carries more weight.",
      },
      elements: [
        'empowerment.advocacy_communication',
        'empowerment.community_mobilization',
        'empowerment.dpos',
      ],
    },
    {
      id: 'ground-floor-housing',
      title: {
        kk: 'Бірінші қабаттағы тұрғын үй',
        ru: 'Жильё на первом этаже',
        en: 'Ground-floor housing',
      },
      text: {
        kk: 'Пәтерге жету мүмкін болмаса, әкімдіктің тұрғын үй бөлімінен бірінші қабаттағы не қолжетімді тұрғын үй алу жолын (айырбас, кезек) сұраңыз; өтінішті жазуға қызметкер көмектеседі.',
        ru: 'Если до квартиры не добраться, узнайте в жилищном отделе акимата, как получить жильё на первом этаже или доступное жильё (обмен, очередь); заявление поможет написать работник.',
        en: "If the flat cannot be reached, ask the akimat's housing department how to get ground-floor or accessible housing (an exchange, the housing queue); the worker helps write the application.",
      },
      elements: ['livelihood.social_protection', 'empowerment.advocacy_communication'],
    },
  ],
};
