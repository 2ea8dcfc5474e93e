import { type AreaData, skill } from './types.js';

export const motor: AreaData = {
  id: 'motor',
  title: { kk: 'Қимыл-қозғалыс', ru: 'Моторика', en: 'Motor' },
  bands: [
    // 0–11 months
    [
      skill(
        'lifts-head',
        'Етпетінен жатқанда басын көтереді',
        'Лёжа на животе, поднимает голову',
        'Lifts the head when lying on the tummy',
      ),
      skill(
        'rolls-over',
        'Шалқасынан етпетіне аунайды',
        'Переворачивается со спины на живот',
        'Rolls from back to tummy',
      ),
      skill(
        'sits-without-support',
        'Сүйеусіз отырады',
        'Сидит без поддержки',
        'Sits without support',
      ),
      skill(
        'crawls',
        'Еңбектейді не еденмен өзі жылжиды',
        'Ползает или сам передвигается по полу',
        'Crawls or moves across the floor on their own',
      ),
      skill(
        'pincer-grasp',
        'Кішкентай тамақ түйірін бас бармағы мен сұқ саусағымен алады',
        'Берёт маленький кусочек еды большим и указательным пальцами',
        'Picks up a small piece of food with thumb and first finger',
      ),
    ],
    // 12–23 months
    [
      skill(
        'walks-alone',
        'Өздігінен бірнеше қадам жүреді',
        'Делает несколько шагов самостоятельно',
        'Walks a few steps alone',
      ),
      skill(
        'tower-of-2',
        '2–3 текшеден мұнара құрайды',
        'Строит башню из 2–3 кубиков',
        'Builds a tower of two or three blocks',
      ),
      skill(
        'scribbles',
        'Қарындашпен сызғылайды',
        'Черкает карандашом',
        'Scribbles with a pencil or crayon',
      ),
      skill(
        'climbs-onto-chair',
        'Диванға не орындыққа өзі өрмелеп шығады',
        'Сам забирается на диван или стул',
        'Climbs onto a sofa or chair',
      ),
      skill(
        'runs',
        'Құламай біраз жерге жүгіреді',
        'Пробегает небольшое расстояние, не падая',
        'Runs a short way without falling',
      ),
    ],
    // 24–35 months
    [
      skill(
        'kicks-ball',
        'Допты алға теуіп жібереді',
        'Бьёт ногой по мячу вперёд',
        'Kicks a ball forward',
      ),
      skill(
        'stairs-holding-rail',
        'Баспалдақпен тұтқаны ұстап, әр сатыға екі аяғын қойып көтеріледі',
        'Поднимается по лестнице, держась за перила, приставным шагом',
        'Walks up stairs holding the rail, both feet on each step',
      ),
      skill(
        'turns-pages',
        'Кітап беттерін бір-бірлеп парақтайды',
        'Переворачивает страницы книги по одной',
        'Turns the pages of a book one at a time',
      ),
      skill(
        'jumps-two-feet',
        'Бір орында екі аяқпен секіреді',
        'Прыгает на месте на двух ногах',
        'Jumps on the spot with both feet',
      ),
      skill(
        'tower-of-6',
        '6 текшеден мұнара құрайды',
        'Строит башню из 6 кубиков',
        'Builds a tower of six blocks',
      ),
    ],
    // 36–47 months
    [
      skill(
        'throws-overarm',
        'Допты басының үстінен алға лақтырады',
        'Бросает мяч из-за головы вперёд',
        'Throws a ball overarm',
      ),
      skill(
        'stairs-alternating',
        'Баспалдақпен аяғын кезек басып көтеріледі',
        'Поднимается по лестнице, чередуя ноги',
        'Walks up stairs with alternating feet',
      ),
      skill(
        'pedals-tricycle',
        'Үш дөңгелекті велосипедті педальмен тебеді',
        'Катается на трёхколёсном велосипеде, крутя педали',
        'Rides a tricycle using the pedals',
      ),
      skill('copies-circle', 'Шеңберді көшіріп салады', 'Срисовывает круг', 'Copies a circle'),
      skill(
        'snips-paper',
        'Қайшымен қағазды қияды',
        'Надрезает бумагу ножницами',
        'Snips paper with scissors',
      ),
    ],
    // 48–59 months
    [
      skill(
        'stands-on-one-foot',
        'Бір аяқпен 5 секунд тұрады',
        'Стоит на одной ноге 5 секунд',
        'Stands on one foot for five seconds',
      ),
      skill(
        'catches-ball',
        'Үлкен допты екі қолымен қағып алады',
        'Ловит большой мяч двумя руками',
        'Catches a large ball with both hands',
      ),
      skill(
        'hops',
        'Бір аяқпен бірнеше рет секіреді',
        'Прыгает на одной ноге несколько раз',
        'Hops on one foot a few times',
      ),
      skill(
        'copies-cross',
        'Айқышты (+) көшіріп салады',
        'Срисовывает крестик (+)',
        'Copies a cross (+)',
      ),
      skill(
        'cuts-straight-line',
        'Қайшымен түзу сызық бойымен қияды',
        'Вырезает ножницами по прямой линии',
        'Cuts along a straight line with scissors',
      ),
    ],
    // 60–71 months
    [
      skill(
        'climbs-ladder',
        'Ойын алаңындағы сатыға өрмелейді',
        'Лазает по лесенке на детской площадке',
        'Climbs a ladder on a playground',
      ),
      skill(
        'holds-pencil',
        'Қарындашты үш саусақпен дұрыс ұстайды',
        'Правильно держит карандаш тремя пальцами',
        'Holds a pencil correctly between three fingers',
      ),
      skill(
        'walks-on-line',
        'Сызық бойымен өкшесін башпайына тигізіп жүреді',
        'Идёт по линии, приставляя пятку к носку',
        'Walks along a line, heel to toe',
      ),
      skill('copies-square', 'Шаршыны көшіріп салады', 'Срисовывает квадрат', 'Copies a square'),
      skill(
        'draws-person',
        'Басы, денесі, қолы мен аяғы бар адамды салады',
        'Рисует человека с головой, туловищем, руками и ногами',
        'Draws a person with a head, body, arms and legs',
      ),
    ],
    // 72–83 months
    [
      skill(
        'bounces-ball',
        'Допты еденге ұрып, қайта қағып алады',
        'Отбивает мяч от пола и ловит его',
        'Bounces a ball and catches it',
      ),
      skill(
        'copies-triangle',
        'Үшбұрышты көшіріп салады',
        'Срисовывает треугольник',
        'Copies a triangle',
      ),
      skill(
        'cuts-out-shape',
        'Қайшымен қарапайым пішінді (шеңберді) қиып алады',
        'Вырезает ножницами простую фигуру (круг)',
        'Cuts out a simple shape (a circle)',
      ),
      skill(
        'jumps-rope',
        'Айналған арқаннан секіреді',
        'Прыгает через скакалку',
        'Jumps over a turning rope',
      ),
      skill(
        'rides-bicycle',
        'Екі дөңгелекті велосипед тебеді',
        'Катается на двухколёсном велосипеде',
        'Rides a two-wheeled bicycle',
      ),
    ],
  ],
};
