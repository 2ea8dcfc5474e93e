import { type AreaData, skill } from './types.js';

export const language: AreaData = {
  id: 'language',
  title: { kk: 'Тіл және сөйлеу', ru: 'Речь и язык', en: 'Language' },
  bands: [
    // 0–11 months
    [
      skill(
        'coos',
        'Ыңылдап, созылыңқы дыбыстар шығарады («а-а», «гу-гу»)',
        'Гулит: тянет гласные звуки («а-а», «гу-гу»)',
        "Coos: makes long vowel sounds ('aah', 'goo')",
      ),
      skill(
        'responds-to-name',
        'Атын атағанда бұрылып қарайды',
        'Оборачивается, когда его зовут по имени',
        'Turns when called by name',
      ),
      skill(
        'babbles-syllables',
        'Буындарды қайталап былдырлайды («ба-ба», «ма-ма»)',
        'Лепечет, повторяя слоги («ба-ба», «ма-ма»)',
        "Babbles repeated syllables ('ba-ba', 'ma-ma')",
      ),
      skill(
        'understands-no',
        '«Болмайды» дегенде бір сәтке тоқтайды',
        'Ненадолго останавливается, когда слышит «нельзя»',
        "Stops for a moment when told 'no'",
      ),
      skill(
        'first-word',
        'Мағынасын түсініп бір сөз айтады (мысалы, «мама»)',
        'Произносит одно слово со смыслом (например, «мама»)',
        "Says one word with meaning (for example 'mama')",
      ),
    ],
    // 12–23 months
    [
      skill(
        'follows-gesture-request',
        'Қимылмен көрсетілген қарапайым өтінішті орындайды («кесені бер»)',
        'Выполняет простую просьбу, подкреплённую жестом («дай чашку»)',
        "Follows a simple request shown with a gesture ('give me the cup')",
      ),
      skill(
        'points-body-parts',
        'Сұрағанда денесінің 2–3 мүшесін көрсетеді',
        'Показывает 2–3 части тела, когда спрашивают',
        'Points to two or three body parts when asked',
      ),
      skill(
        'points-pictures',
        'Кітаптағы аталған суретті көрсетеді',
        'Показывает в книжке картинку, которую назвали',
        'Points to a picture in a book when it is named',
      ),
      skill(
        'says-10-words',
        'Кемінде 10 сөз айтады',
        'Говорит не меньше 10 слов',
        'Says at least 10 words',
      ),
      skill(
        'two-word-phrases',
        'Екі сөзді қосып айтады («мама, бер»)',
        'Соединяет два слова («мама, дай»)',
        "Puts two words together ('mama, give')",
      ),
    ],
    // 24–35 months
    [
      skill(
        'follows-two-step',
        'Қимылсыз айтылған екі әрекетті өтінішті орындайды («допты алып, қорапқа сал»)',
        'Выполняет просьбу из двух действий без жестов («возьми мяч и положи в коробку»)',
        "Follows a two-step request without gestures ('pick up the ball and put it in the box')",
      ),
      skill(
        'names-5-pictures',
        '5 суреттің атын айтады',
        'Называет 5 картинок',
        'Names 5 pictures',
      ),
      skill(
        'answers-what-where',
        '«Бұл не?», «Қайда?» деген қарапайым сұрақтарға жауап береді',
        'Отвечает на простые вопросы «что это?» и «где?»',
        "Answers simple 'what is it?' and 'where?' questions",
      ),
      skill(
        'says-own-name',
        'Сұрағанда өз атын айтады',
        'Называет своё имя, когда спрашивают',
        'Says their own name when asked',
      ),
      skill(
        'three-word-sentences',
        'Үш сөзден тұратын сөйлем құрап сөйлейді',
        'Говорит предложениями из трёх слов',
        'Speaks in sentences of three words',
      ),
    ],
    // 36–47 months
    [
      skill(
        'understands-in-on-under',
        '«Ішіне», «үстіне», «астына» дегенді түсінеді (ойыншықты айтылған жерге қояды)',
        'Понимает «в», «на», «под» (кладёт игрушку, куда сказали)',
        "Understands 'in', 'on' and 'under' (puts a toy where told)",
      ),
      skill(
        'uses-plurals',
        'Көпше түрді қолданады («доптар», «үйлер»)',
        'Употребляет множественное число («мячи», «дома»)',
        "Uses plurals ('balls', 'houses')",
      ),
      skill(
        'asks-why',
        '«Неге?» деп сұрақ қояды',
        'Задаёт вопросы «почему?»',
        "Asks 'why?' questions",
      ),
      skill(
        'says-rhyme',
        'Қысқа тақпақты не әнді жатқа айтады',
        'Рассказывает наизусть короткий стишок или поёт песенку',
        'Says a short rhyme or sings a song from memory',
      ),
      skill(
        'understood-by-others',
        'Отбасынан тыс адамдар баланың сөзінің көбін түсінеді',
        'Посторонние понимают большую часть того, что говорит ребёнок',
        'People outside the family understand most of what the child says',
      ),
    ],
    // 48–59 months
    [
      skill(
        'answers-who-when-how',
        '«Кім?», «Қашан?», «Қалай?» деген сұрақтарға жауап береді',
        'Отвечает на вопросы «кто?», «когда?», «как?»',
        "Answers 'who?', 'when?' and 'how?' questions",
      ),
      skill(
        'follows-three-step',
        'Үш әрекеттен тұратын нұсқауды орындайды',
        'Выполняет указание из трёх действий',
        'Follows an instruction with three steps',
      ),
      skill(
        'past-and-future',
        'Өткен және келер шақты дұрыс қолданады («кеше бардық», «ертең барамыз»)',
        'Правильно говорит о прошлом и будущем («вчера ходили», «завтра пойдём»)',
        "Talks correctly about the past and the future ('we went yesterday', 'we will go tomorrow')",
      ),
      skill(
        'tells-what-happened',
        'Не болғанын бірнеше байланысты сөйлеммен айтып береді',
        'Рассказывает несколькими связными предложениями, что произошло',
        'Tells what happened in a few connected sentences',
      ),
      skill(
        'retells-story',
        'Таныс қысқа ертегіні ретімен айтып береді',
        'Пересказывает по порядку короткую знакомую сказку',
        'Retells a short familiar story in the right order',
      ),
    ],
    // 60–71 months
    [
      skill(
        'opposites',
        'Қарама-қарсы мағыналы сөзді табады (үлкен – кішкентай, ыстық – суық)',
        'Подбирает противоположные по смыслу слова (большой — маленький, горячий — холодный)',
        'Gives opposites (big – small, hot – cold)',
      ),
      skill(
        'explains-word',
        'Таныс сөздің мағынасын түсіндіреді («Қасық деген не?» – «Онымен тамақ ішеді»)',
        'Объясняет значение знакомого слова («Что такое ложка?» — «Ею едят»)',
        "Explains what a familiar word means ('What is a spoon?' – 'You eat with it')",
      ),
      skill(
        'says-address',
        'Мекенжайын не ауылы мен көшесінің атын айтады',
        'Называет свой адрес или село и улицу',
        'Says their address, or their village and street',
      ),
      skill(
        'clear-sounds',
        'Ана тіліндегі дыбыстардың көбін анық айтады',
        'Чётко произносит большинство звуков родного языка',
        'Says most sounds of their language clearly',
      ),
      skill(
        'first-sound',
        'Сөздің алғашқы дыбысын ажыратады («Доп» сөзі қай дыбыстан басталады?)',
        'Слышит первый звук в слове («С какого звука начинается слово „мяч“?»)',
        'Hears the first sound of a word (\'What sound does "ball" start with?\')',
      ),
    ],
    // 72–83 months
    [
      skill(
        'asks-meaning',
        'Бейтаныс сөздің мағынасын сұрайды',
        'Спрашивает, что значит незнакомое слово',
        'Asks what an unfamiliar word means',
      ),
      skill(
        'claps-syllables',
        'Сөзді буынға бөліп, шапалақпен санайды',
        'Делит слово на слоги, прохлопывая их',
        'Claps out the syllables of a word',
      ),
      skill(
        'finds-rhyme',
        'Берілген сөзге ұйқас сөз табады',
        'Подбирает рифму к слову',
        'Finds a word that rhymes with a given word',
      ),
      skill(
        'story-from-pictures',
        'Бірнеше сурет бойынша өзі әңгіме құрастырады',
        'Составляет рассказ по серии картинок',
        'Makes up a story from a series of pictures',
      ),
      skill(
        'explains-rules',
        'Ойынның ережесін басқа балаға түсіндіреді',
        'Объясняет другому ребёнку правила игры',
        'Explains the rules of a game to another child',
      ),
    ],
  ],
};
