import type { HomeSectionData } from './types.js';

export const sleeping: HomeSectionData = {
  id: 'sleeping',
  title: { kk: 'Ұйқы орны', ru: 'Место для сна', en: 'Sleeping' },
  checks: [
    {
      id: 'bed-transfer',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Адам төсекке өзі не аздаған көмекпен жатып, тұра ала ма (төсек тізе биіктігінде, шеті қатты)?',
        ru: 'Может ли человек сам или с небольшой помощью лечь в кровать и встать (кровать примерно на уровне колена, край твёрдый)?',
        en: 'Can the person get into and out of bed by themself or with a little help (bed at about knee height, firm edge)?',
      },
      hint: {
        kk: 'Еденге төселген көрпеде ұйықтаса да сұраңыз: жатып, тұра ала ма?',
        ru: 'Если спит на полу на курпе (матрасе), спросите: может ли лечь и встать?',
        en: 'If they sleep on a mattress (korpe) on the floor, ask whether they can get down and up.',
      },
      adaptations: ['bed-height', 'bed-rope-ladder'],
    },
    {
      id: 'pressure-care',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Күннің көбін жатып не отырып өткізетін адам үшін: ойық жарадан қорғайтын матрас не жастық бар ма, дене қалпы жиі ауыстырыла ма?',
        ru: 'Если человек большую часть дня лежит или сидит: есть ли противопролежневый матрас или подушка, регулярно ли меняют его положение?',
        en: 'For a person who lies or sits most of the day: is there a pressure-relief mattress or cushion, and is their position changed often?',
      },
      hint: {
        kk: 'Адам өздігінен қозғалса — «қатысы жоқ».',
        ru: 'Человек двигается сам — «не относится».',
        en: 'The person moves about by themself: not applicable.',
      },
      adaptations: ['pressure-relief', 'turning-routine'],
    },
    {
      id: 'space-beside-bed',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Төсек жанында арбаға не ходунокқа, не көмектесетін адамға орын бар ма?',
        ru: 'Есть ли рядом с кроватью место для коляски или ходунков либо для помощника?',
        en: 'Is there room beside the bed for a wheelchair or walker, or for a helper?',
      },
      hint: {
        kk: 'Көмекші құрал да, көмек те керек болмаса — «қатысы жоқ».',
        ru: 'Не нужны ни средства опоры, ни помощь — «не относится».',
        en: 'Neither aids nor help needed: not applicable.',
      },
      adaptations: ['clear-passages'],
    },
    {
      id: 'reach-from-bed',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Адам төсектен шамға, суға және телефонға қолын жеткізе ала ма?',
        ru: 'Может ли человек дотянуться с кровати до света, воды и телефона?',
        en: 'Can the person reach a light, water and a phone from the bed?',
      },
      hint: {
        kk: 'Нәресте не кішкентай бала — «қатысы жоқ».',
        ru: 'Младенец или маленький ребёнок — «не относится».',
        en: 'A baby or young child: not applicable.',
      },
      adaptations: ['bedside-reach'],
    },
    {
      id: 'call-help',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Адам түнде біреуді шақыра ала ма (қоңырау, телефон, бір бөлмеде ұйықтайтын адам)?',
        ru: 'Может ли человек позвать кого-нибудь ночью (звонок, телефон, кто-то спит в той же комнате)?',
        en: 'Can the person call someone at night (a bell, a phone, someone sleeping in the same room)?',
      },
      adaptations: ['call-bell'],
    },
  ],
  adaptations: [
    {
      id: 'bed-height',
      title: { kk: 'Төсек биіктігі', ru: 'Высота кровати', en: 'Bed height' },
      text: {
        kk: 'Аласа төсекті берік тіреулерге көтеріңіз не биігін аласартыңыз: төсек шетінде отырғанда адамның табаны еденге толық тисін. Жұмсақ матрас шетінің астына қатты тақтай салу да көмектеседі.',
        ru: 'Поднимите низкую кровать на прочные подставки или опустите высокую, чтобы сидя на краю человек ставил стопы на пол целиком. Помогает и твёрдая доска под мягкий край матраса.',
        en: "Raise a low bed on firm blocks, or lower a high one, so the person's feet are flat on the floor when sitting on the edge. A firm board under a soft mattress edge helps too.",
      },
      elements: ['health.assistive_devices'],
    },
    {
      id: 'bed-rope-ladder',
      title: {
        kk: 'Төсекке арқан-саты',
        ru: 'Верёвочная лесенка для кровати',
        en: 'Bed rope ladder',
      },
      text: {
        kk: 'Адам өзін тартып отыра алатындай төсектің аяқ жағына арқан-саты не белбеу байлаңыз; тұруға төсек жанындағы берік тұтқа не орындық арқалығы көмектеседі.',
        ru: 'Привяжите к изножью кровати верёвочную лесенку или ремень, чтобы человек мог подтянуться и сесть; встать помогут прочный поручень у кровати или спинка стула.',
        en: 'Tie a rope ladder or a strap to the foot of the bed so the person can pull up to sitting; a firm rail or a chair back beside the bed helps with standing.',
      },
      elements: ['health.assistive_devices', 'health.rehabilitation'],
    },
    {
      id: 'pressure-relief',
      title: {
        kk: 'Ойық жарадан қорғайтын матрас пен жастық',
        ru: 'Противопролежневый матрас и подушка',
        en: 'Pressure-relief mattress and cushion',
      },
      text: {
        kk: 'Ойық жарадан қорғайтын матрас пен отыратын жастық табыңыз (оларды жеке оңалту бағдарламасы арқылы беруі мүмкін); сүйек шығып тұрған жерлердегі теріні күн сайын қараңыз.',
        ru: 'Найдите противопролежневый матрас и подушку для сидения (их могут выдать по индивидуальной программе реабилитации); каждый день осматривайте кожу над выступающими костями.',
        en: 'Get a pressure-relief mattress and a seat cushion (they may come through the individual rehabilitation programme); check the skin over bony parts every day.',
      },
      elements: ['health.assistive_devices', 'health.prevention', 'livelihood.social_protection'],
    },
    {
      id: 'turning-routine',
      title: {
        kk: 'Дене қалпын ауыстыру тәртібі',
        ru: 'Режим смены положения',
        en: 'Turning routine',
      },
      text: {
        kk: 'Адамды кім және қашан аударатынын отбасымен келісіңіз (төсекте шамамен әр 2 сағат сайын); жастықпен қалай жатқызуды көрсетіп, үй бағдарламасына жазыңыз.',
        ru: 'Договоритесь с семьёй, кто и когда поворачивает человека (в постели примерно каждые 2 часа); покажите, как укладывать с подушками, и впишите это в домашнюю программу.',
        en: 'Agree with the family who turns the person and when (about every 2 hours in bed); show how to position with pillows and add it to the home programme.',
      },
      elements: ['health.rehabilitation', 'social.personal_assistance'],
    },
    {
      id: 'bedside-reach',
      title: { kk: 'Төсек жанында', ru: 'Всё нужное у кровати', en: 'Essentials by the bed' },
      text: {
        kk: 'Төсектен қол жететін орындыққа не сөреге шам (жанасқанда жанатын шам да болады), бір бөтелке су және зарядталған телефон қойыңыз.',
        ru: 'Поставьте на табурет или полку в досягаемости от кровати лампу (подойдёт сенсорная), бутылку воды и заряженный телефон.',
        en: 'Put a lamp (a touch lamp works well), a bottle of water and a charged phone on a stool or shelf within reach of the bed.',
      },
      elements: ['health.assistive_devices'],
    },
    {
      id: 'call-bell',
      title: { kk: 'Шақыру қоңырауы', ru: 'Звонок для вызова', en: 'Call bell' },
      text: {
        kk: 'Қарапайым қоңырау, сымсыз есік қоңырауы не жылдам теру орнатылған телефон адамға түнде көмек шақыруға мүмкіндік береді.',
        ru: 'Простой колокольчик, беспроводной дверной звонок или телефон с быстрым набором позволят позвать на помощь ночью.',
        en: 'A simple bell, a wireless doorbell or a phone with speed dial lets the person call for help at night.',
      },
      elements: ['health.assistive_devices', 'social.personal_assistance'],
    },
  ],
};
