import type { ActivityCard } from '../activity.schema.js';
import { defineCard } from './define.js';

/** Moving: rolling, crawling, standing up, walking, steps and moving to a wheelchair. */
export const mobilityCards: readonly ActivityCard[] = [
  defineCard('mobility.sit-to-stand', {
    ages: [36, null],
    elements: ['health.rehabilitation'],
    pictogram: 'sit-to-stand',
    signs: ['pain', 'dizziness', 'fall'],
    kk: {
      title: 'Орындықтан тұру',
      purpose: 'Аяқ бұлшықеттері нығаяды. Адам өзі тұрып, дәретханаға не төсекке өте алады.',
      materials: ['Арқалығы бар берік орындық', 'Тірек үшін қабырға не үстел'],
      steps: [
        'Адам орындықтың шетіне жақын отырсын.',
        'Табандары еденде, тізесінен сәл артта болсын.',
        'Денесін алға еңкейтсін: «мұрны тізесінің үстінде».',
        'Қолымен орындыққа не тізесіне сүйеніп тұрсын.',
        'Тік тұрып, үшке дейін санасын.',
        'Баяу, артқа құламай, қайта отырсын.',
        'Қатарынан 5 рет, күніне 2–3 рет жасаңыз.',
      ],
      safety: [
        'Орындықты қабырғаға тіреп қойыңыз, тайып кетпесін.',
        'Алғашында қасында тұрып, белінен ұстаңыз.',
      ],
    },
    ru: {
      title: 'Вставание со стула',
      purpose: 'Укрепляет мышцы ног. Человек сам встаёт и может дойти до туалета или до кровати.',
      materials: ['Устойчивый стул со спинкой', 'Стена или стол для опоры'],
      steps: [
        'Человек садится ближе к краю стула.',
        'Стопы на полу, чуть позади коленей.',
        'Наклоняет корпус вперёд: «нос над коленями».',
        'Опираясь руками о стул или колени, встаёт.',
        'Стоит прямо и считает до трёх.',
        'Медленно, не падая назад, садится обратно.',
        'Сделайте 5 раз подряд, 2–3 раза в день.',
      ],
      safety: [
        'Поставьте стул к стене, чтобы он не скользил.',
        'Сначала стойте рядом и держите за пояс.',
      ],
    },
    en: {
      title: 'Standing up from a chair',
      purpose:
        'Makes the leg muscles stronger, so the person can stand up alone and get to the toilet or the bed.',
      materials: ['A steady chair with a back', 'A wall or a table to hold on to'],
      steps: [
        'The person sits near the front of the chair.',
        'The feet are on the floor, a little behind the knees.',
        'Lean forward: “nose over the knees”.',
        'Push with the hands on the chair or the knees and stand up.',
        'Stand straight and count to three.',
        'Sit back down slowly, without dropping.',
        'Do it 5 times in a row, 2–3 times a day.',
      ],
      safety: [
        'Put the chair against a wall so it cannot slide.',
        'At first, stand close and hold the waist.',
      ],
    },
  }),
  defineCard('mobility.rolling', {
    ages: [3, 60],
    elements: ['health.rehabilitation', 'education.early_childhood'],
    pictogram: 'rolling',
    signs: ['pain', 'seizure'],
    kk: {
      title: 'Аунап түсу',
      purpose:
        'Бала шалқасынан бүйіріне, кейін ішіне аунауды үйренеді: бұл еңбектеу мен отыруға алғашқы қадам.',
      materials: ['Еденге төселген көрпе', 'Сүйікті ойыншық'],
      steps: [
        'Баланы көрпеге шалқасынан жатқызыңыз.',
        'Ойыншықты бір жағына, көзі көретін жерге ұстаңыз.',
        'Ойыншықты баяу сол жаққа, еденге қарай апарыңыз.',
        'Бала бұрылмаса, тізесін бүгіп, жамбасынан ақырын итеріңіз.',
        'Бала аунап түскенде мақтаңыз.',
        'Екінші жаққа да солай қайталаңыз.',
      ],
      safety: [
        'Көрпені еденге төсеңіз: төсектен құлап кетуі мүмкін.',
        'Басы мен қолы астында қалмасын.',
      ],
    },
    ru: {
      title: 'Переворот',
      purpose:
        'Ребёнок учится переворачиваться со спины на бок, потом на живот: первый шаг к ползанию и сидению.',
      materials: ['Одеяло на полу', 'Любимая игрушка'],
      steps: [
        'Положите ребёнка на одеяло на спину.',
        'Держите игрушку сбоку, чтобы он её видел.',
        'Медленно ведите игрушку в сторону, к полу.',
        'Если не поворачивается, согните ему колено и мягко подтолкните за таз.',
        'Когда ребёнок перевернулся, похвалите его.',
        'Повторите в другую сторону.',
      ],
      safety: [
        'Расстелите одеяло на полу: с кровати можно упасть.',
        'Голова и рука не должны оказаться под телом.',
      ],
    },
    en: {
      title: 'Rolling over',
      purpose:
        'The child learns to roll from the back to the side, then to the tummy: a first step to crawling and sitting.',
      materials: ['A blanket on the floor', 'A favourite toy'],
      steps: [
        'Lay the child on the back on the blanket.',
        'Hold a toy to one side where the child can see it.',
        'Slowly move the toy to that side, down to the floor.',
        'If the child does not turn, bend one knee and gently push the hip.',
        'When the child rolls over, give praise.',
        'Repeat to the other side.',
      ],
      safety: [
        'Put the blanket on the floor: a child can fall off a bed.',
        'The head and the arm must not get trapped under the body.',
      ],
    },
  }),
  defineCard('mobility.crawling', {
    ages: [6, 48],
    elements: ['health.rehabilitation', 'education.early_childhood'],
    pictogram: 'crawling',
    signs: ['pain', 'fall'],
    kk: {
      title: 'Еңбектеу',
      purpose: 'Еңбектеу қол мен аяқты, тепе-теңдікті нығайтады, бала үйді өзі зерттей бастайды.',
      materials: ['Көрпе не кілем', 'Ойыншық', 'Оралған сүлгі'],
      steps: [
        'Баланы қолы мен тізесіне тұрғызыңыз.',
        'Қажет болса, ішінің астынан оралған сүлгімен ұстап тұрыңыз.',
        'Ойыншықты алдына, сәл алысқа қойыңыз.',
        'Бала ойыншыққа қарай еңбектесін.',
        'Қозғалмаса, бір тізесін алға ақырын жылжытыңыз.',
        'Жеткенде ойыншықпен ойнатып, мақтаңыз.',
      ],
      safety: [
        'Еденде ұсақ, ыстық және өткір заттар болмасын.',
        'Баспалдаққа баратын жолды жабыңыз.',
      ],
    },
    ru: {
      title: 'Ползание',
      purpose: 'Ползание укрепляет руки, ноги и равновесие; ребёнок начинает сам исследовать дом.',
      materials: ['Одеяло или ковёр', 'Игрушка', 'Свёрнутое полотенце'],
      steps: [
        'Поставьте ребёнка на четвереньки.',
        'Если нужно, поддерживайте живот свёрнутым полотенцем.',
        'Положите игрушку впереди, немного дальше.',
        'Пусть ребёнок ползёт к игрушке.',
        'Если не двигается, мягко передвиньте одно колено вперёд.',
        'Когда дополз, дайте поиграть и похвалите.',
      ],
      safety: ['На полу нет мелких, горячих и острых предметов.', 'Закройте проход к лестнице.'],
    },
    en: {
      title: 'Crawling',
      purpose:
        'Crawling makes the arms, legs and balance stronger, and the child starts to explore the home.',
      materials: ['A blanket or a rug', 'A toy', 'A rolled towel'],
      steps: [
        'Put the child on hands and knees.',
        'If needed, support the tummy with a rolled towel.',
        'Put a toy in front, a little further away.',
        'Let the child crawl to the toy.',
        'If the child does not move, gently move one knee forward.',
        'When the child gets there, let them play and give praise.',
      ],
      safety: ['No small, hot or sharp things on the floor.', 'Block the way to the stairs.'],
    },
  }),
  defineCard('mobility.walking-with-support', {
    ages: [9, null],
    elements: ['health.rehabilitation'],
    pictogram: 'walking',
    signs: ['pain', 'dizziness', 'fall'],
    kk: {
      title: 'Қолдан ұстап жүру',
      purpose: 'Адам көмекпен қадам басуды үйренеді, аяқтары мен тепе-теңдігі нығаяды.',
      materials: ['Ыңғайлы аяқ киім', 'Бос, тайғақ емес жол'],
      steps: [
        'Жолдағы сүрініп кететін заттарды алып тастаңыз.',
        'Адамның қасына не алдына тұрыңыз.',
        'Екі қолынан не белінен ұстаңыз.',
        'Бірінші қадамды баяу бастаңыз.',
        'Қадамды санап отырыңыз: «бір, екі».',
        'Бірте-бірте азырақ ұстаңыз.',
        'Шаршаса, отырып демалсын.',
      ],
      safety: [
        'Қолынан жоғары тартпаңыз: иығы зақымдалуы мүмкін.',
        'Ыңғайлы, тайғақ емес аяқ киім кисін.',
      ],
    },
    ru: {
      title: 'Ходьба за руку',
      purpose: 'Человек учится шагать с помощью; укрепляются ноги и равновесие.',
      materials: ['Удобная обувь', 'Свободный нескользкий путь'],
      steps: [
        'Уберите с пути всё, обо что можно споткнуться.',
        'Встаньте рядом или впереди.',
        'Держите за обе руки или за пояс.',
        'Медленно сделайте первый шаг.',
        'Считайте шаги: «раз, два».',
        'Постепенно поддерживайте меньше.',
        'Если устал, пусть сядет и отдохнёт.',
      ],
      safety: ['Не тяните за руки вверх: можно повредить плечо.', 'Обувь удобная и нескользкая.'],
    },
    en: {
      title: 'Walking with support',
      purpose: 'The person learns to take steps with help; the legs and balance get stronger.',
      materials: ['Comfortable shoes', 'A clear, non-slip path'],
      steps: [
        'Clear the path of anything to trip over.',
        'Stand beside or in front of the person.',
        'Hold both hands or the waist.',
        'Take the first step slowly.',
        'Count the steps: “one, two”.',
        'Little by little, give less support.',
        'When tired, sit down and rest.',
      ],
      safety: [
        'Do not pull the arms upwards: it can hurt the shoulder.',
        'Wear comfortable, non-slip shoes.',
      ],
    },
  }),
  defineCard('mobility.climbing-steps', {
    ages: [24, null],
    elements: ['health.rehabilitation'],
    pictogram: 'stairs',
    signs: ['pain', 'dizziness', 'fall'],
    kk: {
      title: 'Баспалдақпен көтерілу',
      purpose: 'Адам табалдырықтан, баспалдақтан өтуді, көлікке мінуді қауіпсіз үйренеді.',
      materials: ['1–3 баспалдақ не берік аласа жәшік', 'Ұстайтын тұтқа не қабырға'],
      steps: [
        'Адам тұтқаны не қабырғаны ұстасын.',
        'Сіз оның артында, бір баспалдақ төмен тұрыңыз.',
        'Жоғары көтерілгенде алдымен күшті аяғын бассын.',
        'Әлсіз аяғын сол баспалдаққа қойсын.',
        'Төмен түскенде алдымен әлсіз аяғын түсірсін.',
        'Күніне 3–5 рет көтеріліп, түсіңіз.',
      ],
      safety: [
        'Баспалдақ жарық, құрғақ және бос болсын.',
        'Төмен түскенде оның алдында, бір баспалдақ төмен тұрыңыз.',
      ],
    },
    ru: {
      title: 'Подъём по ступенькам',
      purpose:
        'Человек учится безопасно переступать порог, подниматься по ступенькам и в транспорт.',
      materials: ['1–3 ступеньки или прочный низкий ящик', 'Поручень или стена'],
      steps: [
        'Человек держится за поручень или за стену.',
        'Вы стоите сзади, на ступеньку ниже.',
        'Вверх — сначала сильной ногой.',
        'Слабую ногу ставит на ту же ступеньку.',
        'Вниз — сначала слабой ногой.',
        'Поднимайтесь и спускайтесь 3–5 раз в день.',
      ],
      safety: [
        'Ступеньки освещены, сухие и свободные.',
        'При спуске стойте впереди, на ступеньку ниже.',
      ],
    },
    en: {
      title: 'Climbing steps',
      purpose: 'The person learns to get over a threshold, up steps and into a vehicle safely.',
      materials: ['1–3 steps or a strong low box', 'A handrail or a wall'],
      steps: [
        'The person holds the handrail or the wall.',
        'Stand behind, one step lower.',
        'Going up, the stronger leg goes first.',
        'The weaker leg joins it on the same step.',
        'Going down, the weaker leg goes first.',
        'Go up and down 3–5 times a day.',
      ],
      safety: [
        'The steps are well lit, dry and clear.',
        'Going down, stand in front, one step lower.',
      ],
    },
  }),
  defineCard('mobility.bed-to-wheelchair', {
    ages: [60, null],
    elements: ['health.assistive_devices', 'social.personal_assistance'],
    pictogram: 'wheelchair',
    signs: ['pain', 'dizziness', 'fall'],
    kk: {
      title: 'Төсектен кресло-арбаға отыру',
      purpose: 'Адам мен көмектесуші белін ауыртпай, төсектен арбаға қауіпсіз ауысады.',
      materials: ['Кресло-арба', 'Берік төсек'],
      steps: [
        'Арбаны төсектің жанына, сәл қиғаш қойыңыз.',
        'Арбаны тежегішке қойып, аяқ тірегін жиыңыз.',
        'Адам төсектің шетіне отырсын, табаны еденде болсын.',
        'Оның алдына тұрып, тізеңізді бүгіп, белінен ұстаңыз.',
        '«Үш» дегенде бірге тұрып, арбаға қарай бұрылыңыз.',
        'Адам арбаның шынтақшасын ұстап, баяу отырсын.',
        'Аяғын тірекке қойып, тежегішті босатыңыз.',
      ],
      safety: [
        'Көтергенде арқаңызды тік ұстап, тізеңізді бүгіңіз.',
        'Адамды қолынан не киімінен тартпаңыз.',
      ],
    },
    ru: {
      title: 'Пересаживание с кровати в кресло-коляску',
      purpose:
        'Человек и помощник безопасно пересаживаются с кровати в коляску, не повреждая спину.',
      materials: ['Кресло-коляска', 'Устойчивая кровать'],
      steps: [
        'Поставьте коляску рядом с кроватью, немного под углом.',
        'Поставьте коляску на тормоз, отведите подножки.',
        'Человек садится на край кровати, стопы на полу.',
        'Встаньте перед ним, согните колени, держите за пояс.',
        'На счёт «три» вместе встаньте и повернитесь к коляске.',
        'Человек берётся за подлокотник и медленно садится.',
        'Поставьте ноги на подножки, снимите тормоз.',
      ],
      safety: [
        'Поднимая, держите спину прямо и сгибайте колени.',
        'Не тяните человека за руки или одежду.',
      ],
    },
    en: {
      title: 'Moving from the bed to a wheelchair',
      purpose:
        'The person and the helper move safely from the bed to the wheelchair without hurting their backs.',
      materials: ['A wheelchair', 'A steady bed'],
      steps: [
        'Put the wheelchair next to the bed, at a slight angle.',
        'Put the brakes on and move the footrests aside.',
        'The person sits on the edge of the bed, feet on the floor.',
        'Stand in front, bend your knees and hold the waist.',
        'On “three”, stand up together and turn to the chair.',
        'The person holds the armrest and sits down slowly.',
        'Put the feet on the footrests and release the brakes.',
      ],
      safety: [
        'When lifting, keep your back straight and bend your knees.',
        'Do not pull the person by the arms or clothes.',
      ],
    },
  }),
];
