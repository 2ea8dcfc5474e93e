import { type AreaData, skill } from './types.js';

export const cognitive: AreaData = {
  id: 'cognitive',
  title: { kk: 'Танымдық даму', ru: 'Познавательное развитие', en: 'Cognitive' },
  bands: [
    // 0–11 months
    [
      skill(
        'studies-hands',
        'Өз қолдарына қарап, зерттейді',
        'Рассматривает свои руки',
        'Looks at and studies their own hands',
      ),
      skill(
        'explores-toy',
        'Ойыншықты аузына салып, сілкіп, соғып зерттейді',
        'Исследует игрушку: тянет в рот, трясёт, стучит ею',
        'Explores a toy by mouthing, shaking and banging it',
      ),
      skill(
        'finds-partly-hidden',
        'Жартылай жасырылған ойыншықты тауып алады',
        'Находит частично спрятанную игрушку',
        'Finds a toy that is partly hidden',
      ),
      skill(
        'finds-hidden-toy',
        'Көз алдында орамалдың астына жасырылған ойыншықты тауып алады',
        'Находит игрушку, спрятанную у него на глазах под платок',
        'Finds a toy hidden under a cloth while watching',
      ),
      skill(
        'puts-in-container',
        'Затты ыдысқа салады (текшені кесеге)',
        'Кладёт предмет в ёмкость (кубик в чашку)',
        'Puts an object into a container (a block into a cup)',
      ),
    ],
    // 12–23 months
    [
      skill(
        'pulls-to-get-toy',
        'Қолы жетпейтін ойыншықты жібінен не астындағы матадан тартып алады',
        'Достаёт далёкую игрушку, потянув за верёвочку или подстилку',
        'Gets a toy that is out of reach by pulling its string or the cloth under it',
      ),
      skill(
        'uses-objects',
        'Күнделікті заттарды мақсатына сай қолданады (тарақпен шашын тарайды)',
        'Пользуется обычными предметами по назначению (причёсывается расчёской)',
        'Uses everyday objects for what they are for (combs hair with a comb)',
      ),
      skill(
        'round-shape-in-board',
        'Дөңгелек пішінді тақтадағы орнына салады',
        'Вкладывает круглую фигуру на её место в доске-вкладыше',
        'Puts a round shape into its place in a shape board',
      ),
      skill(
        'pairs-objects',
        'Екі бірдей затты жұптастырады (шұлықты шұлықпен)',
        'Подбирает пару одинаковых предметов (носок к носку)',
        'Pairs two identical objects (a sock with a sock)',
      ),
      skill(
        'nests-cups',
        '3 ыдысты үлкенінен кішісіне қарай бірінің ішіне бірін салады',
        'Вкладывает 3 стаканчика друг в друга по размеру',
        'Nests three cups inside one another by size',
      ),
    ],
    // 24–35 months
    [
      skill(
        'matches-colours',
        'Бір түсті заттарды сәйкестендіреді',
        'Подбирает предметы одного цвета',
        'Matches objects of the same colour',
      ),
      skill(
        'shows-object-by-use',
        'Заттың не үшін керек екенін көрсетеді («Немен су ішеміз?»)',
        'Показывает предмет по назначению («Из чего мы пьём?»)',
        "Shows an object by its use ('What do we drink from?')",
      ),
      skill(
        'big-and-small',
        'Үлкенін және кішісін көрсетеді',
        'Показывает, какой большой, а какой маленький',
        'Shows which one is big and which is small',
      ),
      skill(
        'gives-just-one',
        'Сұрағанда тек біреуін береді',
        'Даёт «только один», когда просят',
        "Gives 'just one' when asked",
      ),
      skill(
        'puzzle-3-4',
        '3–4 бөліктен тұратын пазлды не пішіндер тақтасын жинайды',
        'Собирает пазл или доску-вкладыш из 3–4 частей',
        'Completes a puzzle or shape board of three or four pieces',
      ),
    ],
    // 36–47 months
    [
      skill(
        'counts-3',
        'Әр затқа саусағын тигізіп, 3 затты санайды',
        'Считает 3 предмета, дотрагиваясь до каждого',
        'Counts three objects, touching each one',
      ),
      skill('names-3-colours', '3 түстің атын айтады', 'Называет 3 цвета', 'Names three colours'),
      skill(
        'sorts-groups',
        'Заттарды пішініне не түсіне қарай топтарға бөледі',
        'Раскладывает предметы на группы по форме или цвету',
        'Sorts objects into groups by shape or colour',
      ),
      skill(
        'same-or-different',
        'Екі суреттің бірдей не әртүрлі екенін айтады',
        'Говорит, одинаковые две картинки или разные',
        'Says whether two pictures are the same or different',
      ),
      skill(
        'what-is-missing',
        'Үш заттың қайсысы алынғанын байқайды',
        'Замечает, какой из трёх предметов убрали',
        'Notices which of three objects has been taken away',
      ),
    ],
    // 48–59 months
    [
      skill(
        'names-shapes',
        'Шеңбер, шаршы, үшбұрышты атайды',
        'Называет круг, квадрат, треугольник',
        'Names a circle, a square and a triangle',
      ),
      skill(
        'counts-10',
        '10 затты дұрыс санайды',
        'Правильно считает 10 предметов',
        'Counts ten objects correctly',
      ),
      skill(
        'parts-of-day',
        'Таңды, күндізді, кешті, түнді күнделікті істерге қарап ажыратады',
        'Различает утро, день, вечер и ночь по тому, что в это время делают',
        'Tells morning, day, evening and night apart by what happens then',
      ),
      skill(
        'orders-by-size',
        '4–5 затты көлеміне қарай ретімен қояды',
        'Раскладывает 4–5 предметов по величине',
        'Puts four or five objects in order of size',
      ),
      skill(
        'odd-one-out',
        'Артық суретті табады (үш жануар мен бір кесе)',
        'Находит лишнюю картинку (три животных и чашка)',
        'Finds the picture that does not belong (three animals and a cup)',
      ),
    ],
    // 60–71 months
    [
      skill(
        'more-or-fewer',
        'Қай топта зат көп, қайсысында аз екенін айтады (10-ға дейін)',
        'Говорит, в какой группе предметов больше, а в какой меньше (до 10)',
        'Says which group has more and which has fewer (up to ten)',
      ),
      skill(
        'knows-numerals',
        '1-ден 10-ға дейінгі цифрларды таниды',
        'Узнаёт цифры от 1 до 10',
        'Recognises the written numbers 1 to 10',
      ),
      skill(
        'continues-pattern',
        'Қарапайым өрнекті жалғастырады (қызыл, көк, қызыл, көк…)',
        'Продолжает простой узор (красный, синий, красный, синий…)',
        'Continues a simple pattern (red, blue, red, blue…)',
      ),
      skill(
        'orders-story-pictures',
        'Оқиға туралы 3–4 суретті ретімен қояды',
        'Раскладывает по порядку 3–4 сюжетные картинки',
        'Puts three or four story pictures in order',
      ),
      skill(
        'knows-some-letters',
        'Кейбір әріптерді, соның ішінде өз атының бас әрпін таниды',
        'Узнаёт некоторые буквы, в том числе первую букву своего имени',
        'Recognises some letters, including the first letter of their name',
      ),
    ],
    // 72–83 months
    [
      skill(
        'left-and-right',
        'Өзінің оң және сол қолын көрсетеді',
        'Показывает свою правую и левую руку',
        'Shows their own right and left hand',
      ),
      skill(
        'adds-within-5',
        'Заттармен 5-ке дейін қосып, азайтады',
        'Складывает и вычитает в пределах 5 на предметах',
        'Adds and takes away within five using objects',
      ),
      skill(
        'days-of-week',
        'Апта күндерін ретімен атайды',
        'Называет дни недели по порядку',
        'Names the days of the week in order',
      ),
      skill('writes-name', 'Өз атын жазады', 'Пишет своё имя', 'Writes their own name'),
      skill(
        'reads-short-words',
        'Бірнеше қысқа сөзді оқиды',
        'Читает несколько коротких слов',
        'Reads a few short words',
      ),
    ],
  ],
};
