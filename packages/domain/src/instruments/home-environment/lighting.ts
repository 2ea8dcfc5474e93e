import type { HomeSectionData } from './types.js';

export const lighting: HomeSectionData = {
  id: 'lighting',
  title: { kk: 'Жарық', ru: 'Освещение', en: 'Lighting' },
  checks: [
    {
      id: 'entrance-light',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Қараңғы түскенде кіреберіс, баспалдақ және жол жарықтандырыла ма?',
        ru: 'Освещены ли вход, ступени и дорожка в тёмное время?',
        en: 'Are the entrance, steps and path lit after dark?',
      },
      adaptations: ['outdoor-light'],
    },
    {
      id: 'switches',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Адам өзі болатын бөлмелердің есігі жанындағы жарық сөндіргішке тұрып не отырып қолын жеткізе ала ма?',
        ru: 'Может ли человек стоя или сидя дотянуться до выключателей у дверей комнат, где бывает?',
        en: 'Can the person reach the light switches by the doors of the rooms they use, standing or seated?',
      },
      hint: {
        kk: 'Кішкентай бала — «қатысы жоқ».',
        ru: 'Маленький ребёнок — «не относится».',
        en: 'A young child: not applicable.',
      },
      adaptations: ['switch-in-reach'],
    },
    {
      id: 'night-path',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Түнде төсектен дәретханаға дейінгі жол жарық па?',
        ru: 'Освещён ли ночью путь от кровати до туалета?',
        en: 'Is the way from the bed to the toilet lit at night?',
      },
      adaptations: ['night-light'],
    },
    {
      id: 'task-light',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Адам тамақтанатын, оқитын, ойнайтын не жұмыс істейтін жерде көз шағылыстырмайтын жеткілікті жарық бар ма?',
        ru: 'Достаточно ли света без бликов там, где человек ест, читает, играет или работает?',
        en: 'Is there enough light, without glare, where the person eats, reads, plays or works?',
      },
      adaptations: ['brighter-light'],
    },
    {
      id: 'contrast',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Нашар көретін адам үшін: саты жиектері, есік жақтаулары және сөндіргіштер айқын түспен белгіленген бе?',
        ru: 'Для человека, который плохо видит: отмечены ли края ступеней, дверные косяки и выключатели контрастным цветом?',
        en: 'For a person who sees poorly: are step edges, door frames and switches marked in a contrasting colour?',
      },
      hint: {
        kk: 'Адам жақсы көрсе — «қатысы жоқ».',
        ru: 'Человек видит хорошо — «не относится».',
        en: 'The person sees well: not applicable.',
      },
      adaptations: ['contrast-marking'],
    },
  ],
  adaptations: [
    {
      id: 'outdoor-light',
      title: { kk: 'Сырттағы шам', ru: 'Свет у входа', en: 'Outdoor light' },
      text: {
        kk: 'Кіреберістің үстіне және жол бойына шам орнатыңыз; қозғалыс датчигі бар не күн батареясымен жанатын шамға сөндіргіш керек емес, шығыны да аз.',
        ru: 'Повесьте светильник над входом и вдоль дорожки; лампе с датчиком движения или на солнечной батарее не нужен выключатель, и она почти ничего не стоит в работе.',
        en: 'Fit a lamp over the entrance and along the path; a motion-sensor or solar lamp needs no switch and costs little to run.',
      },
      elements: ['health.prevention'],
    },
    {
      id: 'switch-in-reach',
      title: {
        kk: 'Қол жететін сөндіргіш',
        ru: 'Выключатель в досягаемости',
        en: 'A switch within reach',
      },
      text: {
        kk: 'Биік сөндіргішке тартатын бау байлаңыз, сөндіргішті шамамен 90 см биіктікке түсіріңіз не есік жанына жанасқанда не пультпен жанатын шам қойыңыз.',
        ru: 'Добавьте шнурок к высокому выключателю, перенесите выключатель на высоту около 90 см или поставьте у двери сенсорную лампу либо лампу с пультом.',
        en: 'Add a pull cord to a high switch, move the switch down to about 90 cm, or put a touch or remote-controlled lamp by the door.',
      },
      elements: ['health.assistive_devices'],
    },
    {
      id: 'night-light',
      title: { kk: 'Түнгі шам', ru: 'Ночник', en: 'Night light' },
      text: {
        kk: 'Төсектен дәретханаға дейінгі жол бойына розеткаға қосылатын түнгі шам не қозғалыс датчигі бар шам қойыңыз: арзан әрі түнде құлаудың алдын алады.',
        ru: 'Поставьте вдоль пути от кровати до туалета ночники в розетку или лампу с датчиком движения: это недорого и предупреждает падения ночью.',
        en: 'Put plug-in night lights or a motion-sensor lamp along the way from the bed to the toilet: cheap, and they prevent falls at night.',
      },
      elements: ['health.prevention', 'health.assistive_devices'],
    },
    {
      id: 'brighter-light',
      title: { kk: 'Жарығырақ шам', ru: 'Больше света', en: 'Brighter light' },
      text: {
        kk: 'Жарығырақ жарықдиодты шамдар қолданыңыз, шамды жұмыс орнына жақын қойыңыз, терезеден түсетін шағылысты перде не жалюзимен азайтыңыз.',
        ru: 'Используйте более яркие светодиодные лампы, поставьте лампу ближе к месту занятий, блики от окна убирайте шторами или жалюзи.',
        en: 'Use brighter LED bulbs, put a lamp close to where the task is done, and cut glare from windows with curtains or blinds.',
      },
      elements: ['health.assistive_devices'],
    },
    {
      id: 'contrast-marking',
      title: { kk: 'Айқын түсті белгілер', ru: 'Контрастная разметка', en: 'Contrast marking' },
      text: {
        kk: 'Әр сатының жиегіне, есік жақтауы мен сөндіргіштердің айналасына артындағы беттен анық ерекшеленетін түсті жолақ сызыңыз не таспа жапсырыңыз.',
        ru: 'Нанесите краской или лентой полосу на край каждой ступени, вокруг дверных косяков и выключателей — цвета, заметно отличающегося от фона.',
        en: 'Paint or tape a stripe on the edge of each step and around door frames and switches, in a colour that stands out clearly from the surface behind.',
      },
      elements: ['health.assistive_devices', 'health.prevention'],
    },
  ],
};
