import type { HomeSectionData } from './types.js';

export const waterHeating: HomeSectionData = {
  id: 'water-heating',
  title: { kk: 'Су және жылу', ru: 'Вода и отопление', en: 'Water and heating' },
  checks: [
    {
      id: 'drinking-water',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Адам ауыз суды өзі ала ма (қол жететін жердегі кран не шүмегі бар ыдыс)?',
        ru: 'Может ли человек сам набрать питьевую воду (кран или ёмкость с краником в досягаемости)?',
        en: 'Can the person get drinking water by themself (a tap, or a container with a tap, within reach)?',
      },
      hint: {
        kk: 'Нәресте — «қатысы жоқ».',
        ru: 'Младенец — «не относится».',
        en: 'A baby: not applicable.',
      },
      adaptations: ['water-within-reach'],
    },
    {
      id: 'water-supply',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Адам құдықтан не көшедегі колонкадан тасымай-ақ үйде күн сайын жеткілікті су бола ма?',
        ru: 'Хватает ли в доме воды каждый день без того, чтобы человек сам носил её из колодца или уличной колонки?',
        en: 'Is there enough water in the home every day without the person carrying it from a well or a street tap?',
      },
      adaptations: ['water-storage', 'water-connection'],
    },
    {
      id: 'hot-water-safe',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Ыстық су күйдірмейтіндей қауіпсіз бе (араластырғыш кран, су жылытқыш шамамен 50 °C-тан аспайды не суды көмекші араластырады)?',
        ru: 'Безопасна ли горячая вода, нет ли риска ожога (смеситель, водонагреватель не выше примерно 50 °C или воду смешивает помощник)?',
        en: 'Is hot water safe from scalds (a mixer tap, a heater set no higher than about 50 °C, or a helper mixes it)?',
      },
      hint: {
        kk: 'Үйде ыстық су болмаса — «қатысы жоқ».',
        ru: 'Горячей воды в доме нет — «не относится».',
        en: 'No hot water in the home: not applicable.',
      },
      adaptations: ['prevent-scalds'],
    },
    {
      id: 'warm-rooms',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Адам болатын бөлмелер қыста жеткілікті жылы ма, еден деңгейінде суық өтпей ме?',
        ru: 'Достаточно ли тепло зимой в комнатах, где бывает человек, нет ли холодного сквозняка у пола?',
        en: 'Are the rooms the person uses warm enough in winter, without cold draughts at floor level?',
      },
      hint: {
        kk: 'Еденде ойнайтын баланы не күні бойы қозғалмай отыратын адамды ойлаңыз.',
        ru: 'Подумайте о ребёнке, играющем на полу, или о человеке, весь день сидящем неподвижно.',
        en: 'Think of a child playing on the floor, or a person who sits still all day.',
      },
      adaptations: ['warm-floor', 'heating-support'],
    },
    {
      id: 'stove-guard',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Пеш не жылытқыш адам құлап түспейтіндей, қолын тигізбейтіндей қоршалған ба?',
        ru: 'Огорожены ли печь или обогреватель так, чтобы человек не мог упасть на них или дотронуться?',
        en: 'Is the stove or heater guarded so the person cannot fall against it or touch it?',
      },
      hint: {
        kk: 'Тек орталық жылу болса — «қатысы жоқ».',
        ru: 'Только центральное отопление — «не относится».',
        en: 'Central heating only: not applicable.',
      },
      adaptations: ['stove-guard'],
    },
    {
      id: 'co-alarm',
      scale: 'home-yes-no',
      text: {
        kk: 'Үйде көмір, отын не газ жағылса, істеп тұрған иіс газы дабылы бар ма?',
        ru: 'Если в доме сжигают уголь, дрова или газ, есть ли исправный датчик угарного газа?',
        en: 'Where coal, wood or gas is burned in the home, is there a working carbon monoxide alarm?',
      },
      hint: {
        kk: 'Үйде ештеңе жағылмаса — «қатысы жоқ».',
        ru: 'В доме ничего не сжигают — «не относится».',
        en: 'Nothing is burned in the home: not applicable.',
      },
      adaptations: ['co-alarm'],
    },
  ],
  adaptations: [
    {
      id: 'water-within-reach',
      title: { kk: 'Су қол астында', ru: 'Вода под рукой', en: 'Water within reach' },
      text: {
        kk: 'Ауыз суды шүмегі бар жеңіл ыдысқа құйып, адамның қолы жететін үстелге қойыңыз; жанына ол ұстай алатын кесе қойыңыз.',
        ru: 'Держите питьевую воду в лёгкой ёмкости с краником на столе на доступной высоте, рядом — чашку, которую человек может удержать.',
        en: 'Keep drinking water in a light container with a tap on a table the person can reach, with a cup they can hold beside it.',
      },
      elements: ['health.assistive_devices'],
    },
    {
      id: 'water-storage',
      title: { kk: 'Үйдегі су қоры', ru: 'Запас воды в доме', en: 'Water stored at home' },
      text: {
        kk: 'Отбасында не көршілер арасында кім күн сайын су әкеліп, үйдегі қақпағы бар ыдысты толтыратынын келісіңіз; канистр тасуға арналған шағын арба жүкті жеңілдетеді.',
        ru: 'Договоритесь, кто в семье или из соседей каждый день приносит воду и наполняет закрытую ёмкость в доме; небольшая тележка для канистр облегчит ношу.',
        en: 'Agree who in the family or among the neighbours brings water and fills a covered container at home each day; a small cart for water cans makes it lighter.',
      },
      elements: ['social.personal_assistance', 'empowerment.community_mobilization'],
    },
    {
      id: 'water-connection',
      title: {
        kk: 'Су құбырына қосылу',
        ru: 'Подключение к водопроводу',
        en: 'Piped water connection',
      },
      text: {
        kk: 'Үйді су құбырына қосу туралы әкімдіктен сұраңыз; мүгедектігі бар адамы бар отбасыға қолдау болуы мүмкін — өтінішке қызметкер көмектеседі.',
        ru: 'Узнайте в акимате о подключении дома к водопроводу; для семей, где есть человек с инвалидностью, может быть поддержка — заявление поможет составить работник.',
        en: 'Ask the akimat about connecting the home to piped water; there may be support for families with a person with disability, and the worker helps with the application.',
      },
      elements: ['livelihood.social_protection', 'empowerment.advocacy_communication'],
    },
    {
      id: 'prevent-scalds',
      title: { kk: 'Күйіктің алдын алу', ru: 'Защита от ожогов', en: 'Prevent scalds' },
      text: {
        kk: 'Су жылытқышты шамамен 50 °C-қа қойыңыз, ыстық су кранын қызылмен белгілеңіз, алдымен суық суды ағызыңыз; бала не сезімталдығы төмен адам түспес бұрын суды шынтақпен тексеріңіз.',
        ru: 'Выставьте водонагреватель примерно на 50 °C, пометьте горячий кран красным, сначала пускайте холодную воду; проверяйте воду локтем, прежде чем в неё сядет ребёнок или человек со сниженной чувствительностью.',
        en: 'Set the water heater to about 50 °C, mark the hot tap red and run cold water first; test bath water with the elbow before a child or a person with reduced feeling gets in.',
      },
      elements: ['health.prevention'],
    },
    {
      id: 'warm-floor',
      title: {
        kk: 'Жылы еден, жылы бөлме',
        ru: 'Тёплый пол, тёплая комната',
        en: 'A warm floor and room',
      },
      text: {
        kk: 'Адам отыратын не ойнайтын жерге киіз не қалың кілем төсеңіз, терезе мен есік саңылауларын бітеңіз, есікке қалың перде іліңіз.',
        ru: 'Постелите кошму или толстый ковёр там, где человек сидит или играет, заделайте щели в окнах и дверях, повесьте на дверь плотную занавеску.',
        en: 'Lay felt (kiiz) or a thick rug where the person sits or plays, seal gaps around windows and doors, and hang a heavy curtain at the door.',
      },
      elements: ['health.prevention'],
    },
    {
      id: 'heating-support',
      title: { kk: 'Жылуға көмек', ru: 'Помощь с отоплением', en: 'Help with heating costs' },
      text: {
        kk: 'Отбасы әкімдіктен тұрғын үй көмегін және көмірге не жылуға көмек ала ма, тексеріңіз; өтініш беруге көмектесіңіз.',
        ru: 'Проверьте, получает ли семья жилищную помощь и помощь на уголь или отопление от акимата, и помогите подать заявление.',
        en: 'Check whether the family gets housing assistance and help with coal or heating costs from the akimat, and help them apply.',
      },
      elements: ['livelihood.social_protection'],
    },
    {
      id: 'stove-guard',
      title: { kk: 'Пеш қоршауы', ru: 'Ограждение печи', en: 'Stove guard' },
      text: {
        kk: 'Пештің не жылытқыштың айналасына бекітілген металл тор не берік ағаш қоршау қойыңыз; қоршаудың өзі қызбайтындай арасын ашық қалдырыңыз.',
        ru: 'Установите вокруг печи или обогревателя закреплённую металлическую решётку или прочный деревянный барьер с зазором, чтобы само ограждение не нагревалось.',
        en: 'Put a fixed metal guard or a firm wooden barrier round the stove or heater, with a gap so the guard itself does not get hot.',
      },
      elements: ['health.prevention'],
    },
    {
      id: 'co-alarm',
      title: { kk: 'Иіс газы дабылы', ru: 'Датчик угарного газа', en: 'Carbon monoxide alarm' },
      text: {
        kk: 'Пеш тұрған және адамдар ұйықтайтын бөлмеге иіс газы дабылын орнатыңыз; мұржа қақпағын көмір толық жанып біткенде ғана жабыңыз, қыс алдында мұржаны тазалатыңыз.',
        ru: 'Установите датчик угарного газа в комнате с печью и там, где спят; закрывайте заслонку, только когда уголь полностью прогорел, перед зимой прочищайте дымоход.',
        en: 'Fit a carbon monoxide alarm in the room with the stove and where people sleep; close the damper only when the coal has burned out, and have the chimney swept before winter.',
      },
      elements: ['health.prevention'],
    },
  ],
};
