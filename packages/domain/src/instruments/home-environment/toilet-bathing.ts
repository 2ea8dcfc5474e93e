import type { HomeSectionData } from './types.js';

export const toiletBathing: HomeSectionData = {
  id: 'toilet-bathing',
  title: { kk: 'Дәретхана және жуыну', ru: 'Туалет и мытьё', en: 'Toilet and bathing' },
  checks: [
    {
      id: 'toilet-reach',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Адам дәретханаға күндіз де, түнде де қауіпсіз жете ала ма (үй ішінде не ауладағы дәретханаға қысқа әрі қауіпсіз жолмен)?',
        ru: 'Может ли человек безопасно добраться до туалета днём и ночью (в доме или короткой безопасной дорогой до уличного туалета)?',
        en: 'Can the person get to the toilet safely by day and by night (indoors, or by a short, safe way to an outdoor toilet)?',
      },
      hint: {
        kk: 'Тек күндіз не тек жазда жете алса — «ішінара».',
        ru: 'Только днём или только летом — «частично».',
        en: 'Only by day, or only in summer: partly.',
      },
      adaptations: ['commode-chair', 'safe-way-to-outdoor-toilet'],
    },
    {
      id: 'toilet-sit',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Адам дәретханаға қауіпсіз отырып, қайта тұра ала ма (отырғышы лайықты биіктікте ме)?',
        ru: 'Может ли человек безопасно сесть на унитаз и встать (сиденье подходящей высоты)?',
        en: 'Can the person sit down on the toilet and get up again safely (seat at a suitable height)?',
      },
      hint: {
        kk: 'Шөгіп отыратын дәретханаға адам отыра алмаса — «жоқ».',
        ru: 'Напольная чаша или уличный туалет, которым человек не может пользоваться, — «нет».',
        en: 'A squat or pit toilet the person cannot use: no.',
      },
      adaptations: ['raised-toilet-seat', 'seat-over-squat-toilet'],
    },
    {
      id: 'toilet-support',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Дәретхана қасында ұстауға тұтқа не берік тірек бар ма?',
        ru: 'Есть ли рядом с унитазом поручень или прочная опора, за которую можно держаться?',
        en: 'Is there a grab bar or firm support beside the toilet to hold on to?',
      },
      hint: {
        kk: 'Адамға тірек керек болмаса — «қатысы жоқ».',
        ru: 'Если человеку опора не нужна — «не относится».',
        en: 'The person needs no support: not applicable.',
      },
      adaptations: ['grab-bars-toilet'],
    },
    {
      id: 'washing',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Адам толық қауіпсіз жуына ала ма (қажет болса отырып: ваннаға тақта, душ орындығы не моншада орындық)?',
        ru: 'Может ли человек безопасно вымыться целиком (при необходимости сидя: доска на ванну, стул для душа или скамейка в бане)?',
        en: 'Can the person wash all over safely (sitting if needed: a bath board, a shower chair or a stool in the bathhouse)?',
      },
      adaptations: ['bath-seat', 'grab-bars-bath'],
    },
    {
      id: 'non-slip',
      scale: 'home-yes-partly-no',
      text: {
        kk: 'Жуынатын бөлменің едені мен ваннаның не душтың түбі тайғақ емес пе?',
        ru: 'Пол в ванной и дно ванны или душа — нескользкие?',
        en: 'Are the bathroom floor and the bottom of the bath or shower non-slip?',
      },
      adaptations: ['non-slip-mat'],
    },
  ],
  adaptations: [
    {
      id: 'commode-chair',
      title: { kk: 'Дәретхана-орындық', ru: 'Кресло-туалет', en: 'Commode chair' },
      text: {
        kk: 'Дәретхана алыс не далада болса, түнге және қысқа төсек жанына дәретхана-орындық қойыңыз. Оны жеке оңалту бағдарламасы арқылы алуға болуы мүмкін (әлеуметтік қорғау бөлімінен сұраңыз).',
        ru: 'Если туалет далеко или на улице, поставьте у кровати кресло-туалет для ночи и зимы. Возможно, его выдадут по индивидуальной программе реабилитации (спросите в отделе социальной защиты).',
        en: 'If the toilet is far or outdoors, put a commode chair by the bed for the night and the winter. It may be available through the individual rehabilitation programme (ask the social protection department).',
      },
      elements: ['health.assistive_devices', 'livelihood.social_protection'],
    },
    {
      id: 'safe-way-to-outdoor-toilet',
      title: {
        kk: 'Ауладағы дәретханаға қауіпсіз жол',
        ru: 'Безопасный путь к уличному туалету',
        en: 'A safe way to the outdoor toilet',
      },
      text: {
        kk: 'Ауладағы дәретханаға апаратын жолды қысқа, қатты әрі жарық етіңіз; бойына ұстап жүретін арқан не тұтқа тартыңыз, қыста алдымен қар мен мұзды тазалаңыз.',
        ru: 'Сделайте путь к уличному туалету коротким, твёрдым и освещённым; натяните вдоль него верёвку или поручень, зимой в первую очередь убирайте снег и лёд.',
        en: 'Make the way to the outdoor toilet short, firm and lit; run a rope or rail along it to hold on to, and in winter clear snow and ice from it first.',
      },
      elements: ['health.prevention', 'health.assistive_devices'],
    },
    {
      id: 'raised-toilet-seat',
      title: { kk: 'Биіктетілген отырғыш', ru: 'Насадка на унитаз', en: 'Raised toilet seat' },
      text: {
        kk: 'Унитазға қойылатын биіктетілген отырғыш (5–15 см) отыруды және тұруды жеңілдетеді; аударылмайтындай берік бекітіңіз.',
        ru: 'Насадка, поднимающая сиденье на 5–15 см, облегчает садиться и вставать; закрепите её прочно, чтобы не опрокидывалась.',
        en: 'A raised seat (5–15 cm) on the toilet makes sitting down and getting up easier; fix it firmly so it cannot tip.',
      },
      elements: ['health.assistive_devices'],
    },
    {
      id: 'seat-over-squat-toilet',
      title: {
        kk: 'Шөгіп отыратын дәретханаға орындық',
        ru: 'Сиденье над напольным туалетом',
        en: 'A seat over a squat toilet',
      },
      text: {
        kk: 'Шөгіп отыратын не шұңқыр дәретханаға адам отыра алатындай тесігі бар берік орындық не жақтау қойыңыз; еденде шайқалмай тұрғанын тексеріңіз.',
        ru: 'Над напольной чашей или выгребной ямой поставьте прочный табурет или раму с отверстием, чтобы человек мог сидеть; проверьте, что стоит устойчиво.',
        en: 'Over a squat or pit toilet put a firm stool or frame with a hole so the person can sit; check that it stands steady.',
      },
      elements: ['health.assistive_devices'],
    },
    {
      id: 'grab-bars-toilet',
      title: { kk: 'Дәретханадағы тұтқа', ru: 'Поручень у туалета', en: 'Grab bar at the toilet' },
      text: {
        kk: 'Дәретхана жанындағы берік қабырғаға шамамен 75 см биіктікте тұтқаны дюбельмен бекітіңіз; сүлгі ілгіш не раковина адамның салмағын көтермейді.',
        ru: 'Закрепите поручень на прочной стене рядом с унитазом, на высоте около 75 см, на дюбелях; полотенцесушитель или раковина вес человека не выдержат.',
        en: 'Fix a grab bar about 75 cm high on a solid wall beside the toilet with proper wall plugs; a towel rail or a washbasin will not hold a person’s weight.',
      },
      elements: ['health.assistive_devices', 'health.prevention'],
    },
    {
      id: 'bath-seat',
      title: { kk: 'Жуынуға арналған орындық', ru: 'Сиденье для мытья', en: 'A seat for washing' },
      text: {
        kk: 'Адам отырып жуынсын: ваннаның үстіне қойылатын тақта, душ орындығы не аяғы тайғанамайтын орнықты пластик орындық (моншада да).',
        ru: 'Пусть человек моется сидя: доска поперёк ванны, стул для душа или устойчивый пластиковый табурет с нескользящими ножками (и в бане).',
        en: 'Let the person wash sitting down: a board across the bath, a shower chair, or a steady plastic stool with non-slip feet (in the bathhouse too).',
      },
      elements: ['health.assistive_devices'],
    },
    {
      id: 'grab-bars-bath',
      title: { kk: 'Ванна жанындағы тұтқа', ru: 'Поручень у ванны', en: 'Grab bar at the bath' },
      text: {
        kk: 'Адам ваннаға не душқа кіріп, отыратын жердегі қабырғаға тұтқа бекітіңіз.',
        ru: 'Закрепите поручень на стене у ванны или душа — там, где человек входит и садится.',
        en: 'Fix a grab bar on the wall by the bath or shower, where the person steps in and sits down.',
      },
      elements: ['health.assistive_devices', 'health.prevention'],
    },
    {
      id: 'non-slip-mat',
      title: {
        kk: 'Тайғанамайтын төсеніш',
        ru: 'Противоскользящий коврик',
        en: 'Non-slip mat',
      },
      text: {
        kk: 'Ваннаға не душқа сорғышты резеңке төсеніш, еденге тайғанамайтын кілемше салыңыз; төгілген суды бірден сүртіңіз.',
        ru: 'Положите в ванну или душ резиновый коврик на присосках, на пол — нескользящий коврик; разлитую воду вытирайте сразу.',
        en: 'Put a rubber mat with suckers in the bath or shower and a non-slip mat on the floor; wipe up spilt water straight away.',
      },
      elements: ['health.prevention'],
    },
  ],
};
