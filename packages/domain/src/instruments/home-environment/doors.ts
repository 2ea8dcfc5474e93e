import type { HomeSectionData } from './types.js';

export const doors: HomeSectionData = {
  id: 'doors',
  title: { kk: 'Есіктер мен өтетін жолдар', ru: 'Двери и проходы', en: 'Doors and passages' },
  checks: [
    {
      id: 'entrance-door-width',
      scale: 'home-yes-no',
      text: {
        kk: 'Кіреберіс есігі ашық тұрғанда ойығының ені кемінде 80 см бе (арба не ходунок сыя ма)?',
        ru: 'Проём входной двери в открытом виде не уже 80 см (проходит ли коляска или ходунки)?',
        en: 'Is the entrance doorway at least 80 cm wide with the door open (does a wheelchair or walker fit)?',
      },
      hint: {
        kk: 'Есік ашық тұрғанда өлшеңіз: есіктің өзінен қарсы жақтауға дейін.',
        ru: 'Измерьте при открытой двери: от полотна двери до противоположного косяка.',
        en: 'Measure with the door open: from the door itself to the opposite side of the frame.',
      },
      adaptations: ['widen-doorway'],
    },
    {
      id: 'inner-door-width',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Адам пайдаланатын ішкі есіктер (бөлме, дәретхана, жуынатын бөлме, ас үй) өзі мен көмекші құралы өтетіндей кең бе?',
        ru: 'Достаточно ли широки внутренние двери, которыми пользуется человек (комната, туалет, ванная, кухня), для него и его средства передвижения?',
        en: 'Are the inside doors the person uses (room, toilet, bathroom, kitchen) wide enough for them and their mobility aid?',
      },
      hint: {
        kk: 'Арба үшін кемінде 80 см. Кейбір есіктер ғана тар болса — «ішінара».',
        ru: 'Для коляски — не меньше 80 см. Узкие только некоторые двери — «частично».',
        en: 'At least 80 cm for a wheelchair. Only some doors too narrow: partly.',
      },
      adaptations: ['widen-doorway', 'door-to-curtain'],
    },
    {
      id: 'thresholds',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Есіктердің бәрінде табалдырықтың биіктігі 2 см-ден аспай ма?',
        ru: 'Все ли дверные проёмы без порогов выше 2 см?',
        en: 'Are all doorways free of thresholds higher than 2 cm?',
      },
      hint: {
        kk: 'Кейбір есіктерде ғана биік табалдырық болса — «ішінара».',
        ru: 'Высокие пороги только у некоторых дверей — «частично».',
        en: 'High thresholds at some doors only: partly.',
      },
      adaptations: ['remove-threshold', 'threshold-ramp'],
    },
    {
      id: 'passages-clear',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Үй ішіндегі өтетін жолдардың ені кемінде 90 см және жиһаздан, бос жатқан кілемшелерден, сымдардан таза ма?',
        ru: 'Свободны ли проходы в доме (не уже 90 см) от мебели, незакреплённых ковриков и проводов?',
        en: 'Are the passages in the home at least 90 cm wide and free of furniture, loose rugs and cables?',
      },
      adaptations: ['clear-passages', 'fix-rugs-cables'],
    },
    {
      id: 'door-handles',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Адам өзі пайдаланатын есіктерді өздігінен аша және жаба ала ма (тұтқасы қол жетерлік, есік ауыр емес)?',
        ru: 'Может ли человек сам открывать и закрывать двери, которыми пользуется (ручка в досягаемости, дверь не тяжёлая)?',
        en: 'Can the person open and close the doors they use by themself (handle within reach, door not too heavy)?',
      },
      adaptations: ['lever-handles', 'door-pull-strap'],
    },
    {
      id: 'turning-space',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Адам көп болатын бөлмелерде арбамен не ходунокпен бұрылуға орын бар ма (шамамен 1,5 м)?',
        ru: 'Есть ли в комнатах, где человек бывает чаще всего, место, чтобы развернуться с коляской или ходунками (около 1,5 м)?',
        en: 'In the rooms the person uses most, is there room to turn round with a wheelchair or walker (about 1.5 m)?',
      },
      hint: {
        kk: 'Адам көмекші құралсыз жүрсе — «қатысы жоқ».',
        ru: 'Если человек ходит без средств опоры — «не относится».',
        en: 'The person walks without aids: not applicable.',
      },
      adaptations: ['clear-passages'],
    },
  ],
  adaptations: [
    {
      id: 'widen-doorway',
      title: { kk: 'Есік ойығын кеңейту', ru: 'Расширить дверной проём', en: 'Widen the doorway' },
      text: {
        kk: 'Алдымен арзан жолдар: есікті алып тастаңыз немесе есік ойықтан толық шығып ашылатын арнайы топса орнатыңыз — ол бірнеше сантиметр қосады. Бұл да жетпесе, шебер ойықты кеңейтеді.',
        ru: 'Сначала дешёвое: снимите дверь или поставьте выносные петли, при которых полотно полностью выходит из проёма, — это добавит несколько сантиметров. Если всё равно узко, мастер расширит проём.',
        en: 'Cheapest first: take the door off, or fit swing-clear hinges that move the door fully out of the opening and add a few centimetres. If it is still too narrow, a builder can widen the opening.',
      },
      elements: ['health.assistive_devices'],
    },
    {
      id: 'door-to-curtain',
      title: {
        kk: 'Есіктің орнына перде',
        ru: 'Занавеска вместо двери',
        en: 'A curtain instead of a door',
      },
      text: {
        kk: 'Оңашалыққа кедергі болмаса, есікті алып, перде іліңіз: ойық кеңейеді, итеретін ештеңе болмайды.',
        ru: 'Если это не мешает уединению, снимите дверь и повесьте занавеску: проём станет шире, толкать ничего не нужно.',
        en: 'Where privacy allows, take the door off and hang a curtain: the opening gets wider and there is nothing to push.',
      },
      elements: ['health.assistive_devices'],
    },
    {
      id: 'remove-threshold',
      title: { kk: 'Табалдырықты алу', ru: 'Убрать порог', en: 'Remove the threshold' },
      text: {
        kk: 'Табалдырықты алып тастаңыз не еденмен теңестіре кесіңіз; саңылауды жалпақ жолақпен жабыңыз.',
        ru: 'Уберите порог или срежьте его вровень с полом; закройте щель плоской планкой.',
        en: 'Take the threshold out or cut it level with the floor; cover the gap with a flat strip.',
      },
      elements: ['health.assistive_devices', 'health.prevention'],
    },
    {
      id: 'threshold-ramp',
      title: { kk: 'Табалдырыққа шағын пандус', ru: 'Мини-пандус у порога', en: 'Threshold ramp' },
      text: {
        kk: 'Табалдырықты алу мүмкін болмаса, екі жағына сырғымайтындай бекітілген сына тәрізді шағын пандус (ағаш не резеңке) қойыңыз.',
        ru: 'Если порог нужно оставить, положите с обеих сторон небольшой клиновидный пандус (дерево или резина) и закрепите, чтобы не скользил.',
        en: 'Where the threshold must stay, put a small wedge ramp (wood or rubber) on both sides, fixed so it does not slide.',
      },
      elements: ['health.assistive_devices'],
    },
    {
      id: 'clear-passages',
      title: { kk: 'Жолды босату', ru: 'Освободить проходы', en: 'Clear the way' },
      text: {
        kk: 'Отбасымен бірге жиһазды жылжытып, төсектен дәретханаға, ас үйге және есікке дейін ені кемінде 90 см бос жол мен бұрылатын орын қалдырыңыз.',
        ru: 'Вместе с семьёй переставьте мебель так, чтобы от кровати до туалета, кухни и двери был свободный проход не уже 90 см и место для разворота.',
        en: 'With the family, move furniture to leave a clear way at least 90 cm wide from the bed to the toilet, the kitchen and the door, and room to turn.',
      },
      elements: ['health.prevention'],
    },
    {
      id: 'fix-rugs-cables',
      title: {
        kk: 'Кілемше мен сымды бекіту',
        ru: 'Закрепить коврики и провода',
        en: 'Secure rugs and cables',
      },
      text: {
        kk: 'Бос жатқан кілемшелерді алып тастаңыз не шеттерін екі жақты жабысқақ таспамен бекітіңіз; сымдарды қабырға бойымен жүргізіңіз.',
        ru: 'Уберите незакреплённые коврики или приклейте их края двусторонним скотчем; проложите провода вдоль стен.',
        en: 'Take away loose rugs or fix their edges with double-sided tape; run cables along the walls.',
      },
      elements: ['health.prevention'],
    },
    {
      id: 'lever-handles',
      title: { kk: 'Иінтіректі тұтқа', ru: 'Ручки-рычаги', en: 'Lever handles' },
      text: {
        kk: 'Домалақ тұтқаларды адамның қолы жететін биіктікте (шамамен 90 см, бала не отырған адам үшін төменірек) иінтіректі тұтқаға ауыстырыңыз; ауыр не кептелетін есікті реттеңіз.',
        ru: 'Замените круглые ручки на ручки-рычаги на доступной высоте (около 90 см, для ребёнка или сидящего человека ниже); отрегулируйте тяжёлую или заедающую дверь.',
        en: 'Replace round knobs with lever handles at a height the person reaches (about 90 cm, lower for a child or someone seated); adjust a heavy or sticking door.',
      },
      elements: ['health.assistive_devices'],
    },
    {
      id: 'door-pull-strap',
      title: { kk: 'Есікті тартатын ілмек', ru: 'Петля на двери', en: 'Pull strap on the door' },
      text: {
        kk: 'Арбадағы адам есікті артынан тартып жаба алатындай есікке белбеу не жіптен ілмек бекітіңіз.',
        ru: 'Прикрепите к двери петлю из ремня или верёвки, чтобы человек в коляске мог закрыть её за собой.',
        en: 'Fix a loop of strap or rope to the door so a person in a wheelchair can pull it shut behind them.',
      },
      elements: ['health.assistive_devices'],
    },
  ],
};
