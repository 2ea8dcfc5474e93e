import type { HomeSectionData } from './types.js';

export const kitchen: HomeSectionData = {
  id: 'kitchen',
  title: { kk: 'Ас үй және тамақтану', ru: 'Кухня и еда', en: 'Kitchen and meals' },
  checks: [
    {
      id: 'reach-things',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Күнделікті заттар (ыдыс-аяқ, азық, шәйнек) адамның тұрып не отырып қолы жететін жерде ме?',
        ru: 'Лежат ли повседневные вещи (посуда, продукты, чайник) там, где человек может их достать стоя или сидя?',
        en: 'Are everyday things (dishes, food, the kettle) kept where the person can reach them, standing or seated?',
      },
      hint: {
        kk: 'Бала кішкентай болса не адам ас үй жұмысына қатыспаса — «қатысы жоқ».',
        ru: 'Маленький ребёнок или человек не участвует в делах на кухне — «не относится».',
        en: 'A young child, or a person who takes no part in kitchen tasks: not applicable.',
      },
      adaptations: ['rearrange-kitchen'],
    },
    {
      id: 'work-surface',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Адам пайдалана алатын биіктікте үстел не жұмыс беті бар ма (қажет болса отырып, тізесі сиятындай)?',
        ru: 'Есть ли стол или рабочая поверхность на удобной человеку высоте (при необходимости сидя, с местом для коленей)?',
        en: 'Is there a table or work surface at a height the person can use (seated, with room for the knees, if needed)?',
      },
      hint: {
        kk: 'Адам ас үй жұмысына қатыспаса — «қатысы жоқ».',
        ru: 'Человек не участвует в делах на кухне — «не относится».',
        en: 'The person takes no part in kitchen tasks: not applicable.',
      },
      adaptations: ['seated-work-surface'],
    },
    {
      id: 'stove-safe',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Адам ыстық оттықтардың үстінен созылмай плитаны пайдалана ала ма, газды оңай жабуға бола ма?',
        ru: 'Может ли человек пользоваться плитой, не тянясь над горячими конфорками, и легко ли перекрыть газ?',
        en: 'Can the person use the cooker without reaching over hot rings, and is the gas easy to turn off?',
      },
      hint: {
        kk: 'Адам тамақ пісірмесе — «қатысы жоқ».',
        ru: 'Человек не готовит — «не относится».',
        en: 'The person does not cook: not applicable.',
      },
      adaptations: ['stove-safety'],
    },
    {
      id: 'meal-seating',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Адам отбасымен бірге тамақтанғанда (үстел басында не дастарханда) қауіпсіз әрі тік отыра ала ма?',
        ru: 'Может ли человек надёжно и прямо сидеть во время еды вместе с семьёй (за столом или у дастархана)?',
        en: 'Can the person sit safely and upright at meals with the family (at the table or at the dastarkhan)?',
      },
      adaptations: ['supportive-seating'],
    },
    {
      id: 'utensils',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Адам үйдегі тәрелке, кесе, қасықпен өзі тамақтанып, іше ала ма (не бейімделген ыдыс бар ма)?',
        ru: 'Может ли человек есть и пить сам из имеющихся тарелок, чашек, ложек (или есть приспособленная посуда)?',
        en: 'Can the person eat and drink by themself with the plates, cups and spoons at home (or are adapted ones there)?',
      },
      hint: {
        kk: 'Ата-анасы тамақтандыратын нәресте — «қатысы жоқ».',
        ru: 'Младенец, которого кормят родители, — «не относится».',
        en: 'A baby fed by a parent: not applicable.',
      },
      adaptations: ['adapted-utensils'],
    },
  ],
  adaptations: [
    {
      id: 'rearrange-kitchen',
      title: {
        kk: 'Заттарды қол жетерлік жерге қою',
        ru: 'Вещи на доступной высоте',
        en: 'Keep things within reach',
      },
      text: {
        kk: 'Күнде қолданылатын заттарды тізе мен иық аралығына (отырған адамға төменірек) қойыңыз; ауыр қазанды төмен ұстаңыз; жеңіл шәйнек не термос ауыр көтеруден құтқарады.',
        ru: 'Переложите то, чем пользуются каждый день, на высоту от колена до плеча (для сидящего ниже); тяжёлые кастрюли держите внизу; лёгкий чайник или термос избавят от подъёма тяжестей.',
        en: 'Move things used every day to between knee and shoulder height (lower for someone seated); keep heavy pots low; a light kettle or a thermos saves lifting.',
      },
      elements: ['health.rehabilitation'],
    },
    {
      id: 'seated-work-surface',
      title: {
        kk: 'Отырып жұмыс істейтін үстел',
        ru: 'Стол для работы сидя',
        en: 'A table for working seated',
      },
      text: {
        kk: 'Адам отырып жұмыс істей алатын бір үстелді бөліп беріңіз: шамамен 75 см биік, астында тізесі не арбасы сиятын орын болсын.',
        ru: 'Выделите стол, за которым человек может работать сидя: высотой около 75 см, с местом под ним для коленей или коляски.',
        en: 'Set aside a table where the person can work seated: about 75 cm high, with space underneath for the knees or a wheelchair.',
      },
      elements: ['health.assistive_devices', 'health.rehabilitation'],
    },
    {
      id: 'stove-safety',
      title: { kk: 'Плита қауіпсіздігі', ru: 'Безопасная плита', en: 'Cooker safety' },
      text: {
        kk: 'Алдыңғы оттықта пісіріп, қазан сабын ішке қаратыңыз; газ шүмегі қол жетерлік болсын, отбасы оны жабуды білсін. Газ дабылы арзан, бірақ өмір сақтайды.',
        ru: 'Готовьте на передних конфорках, ручки кастрюль поворачивайте внутрь; газовый кран должен быть под рукой, и семья должна уметь его перекрыть. Газовый сигнализатор недорог и спасает жизнь.',
        en: 'Cook on the front rings with pan handles turned inwards; keep the gas tap within easy reach and make sure the family knows how to shut it. A gas alarm is cheap and saves lives.',
      },
      elements: ['health.prevention'],
    },
    {
      id: 'supportive-seating',
      title: { kk: 'Тірегі бар отырғыш', ru: 'Сиденье с опорой', en: 'Supportive seating' },
      text: {
        kk: 'Арқалығы мен шынтақ тірегі бар орындық, қатты жастық, ал балаға қабырғасы бар жәшіктен жасалған бұрыштық орындық — адам тік отырып, отбасымен бірге тамақтансын.',
        ru: 'Стул со спинкой и подлокотниками, плотная подушка, а для ребёнка — угловое сиденье из коробки с бортиками: человек сидит прямо и ест вместе с семьёй.',
        en: 'A chair with a back and arms, a firm cushion, or for a child a corner seat made from a box with sides, so the person sits upright and eats with the family.',
      },
      elements: ['health.assistive_devices', 'social.relationships_family'],
    },
    {
      id: 'adapted-utensils',
      title: {
        kk: 'Бейімделген ыдыс-аяқ',
        ru: 'Приспособленная посуда',
        en: 'Adapted utensils',
      },
      text: {
        kk: 'Қасық сабын поролонмен не орап байланған матамен жуандатыңыз, тәрелке астына дымқыл шүберек не тайғанамайтын төсеніш салыңыз, жиегі биік тостаған мен екі құлақты кесе алыңыз.',
        ru: 'Утолщите ручки ложек поролоном или намотанной тканью, подложите под тарелку влажную салфетку или нескользящий коврик, возьмите миску с высоким краем и чашку с двумя ручками.',
        en: 'Thicken spoon handles with foam or wound cloth, put a damp cloth or a non-slip mat under the plate, and use a bowl with a high rim and a cup with two handles.',
      },
      elements: ['health.assistive_devices', 'health.rehabilitation'],
    },
  ],
};
