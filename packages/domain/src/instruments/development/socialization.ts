import { type AreaData, skill } from './types.js';

export const socialization: AreaData = {
  id: 'socialization',
  title: { kk: 'Әлеуметтік дағдылар', ru: 'Социализация', en: 'Socialization' },
  bands: [
    // 0–11 months
    [
      skill(
        'smiles-back',
        'Өзіне күлімдегенде жауап ретінде күлімдейді',
        'Улыбается в ответ, когда ему улыбаются',
        'Smiles back when someone smiles at them',
      ),
      skill(
        'laughs-aloud',
        'Ойнатқанда дауыстап күледі',
        'Громко смеётся, когда с ним играют',
        'Laughs aloud when played with',
      ),
      skill(
        'knows-familiar-people',
        'Таныс адамдар мен бөтен адамдарға әртүрлі қарайды',
        'По-разному ведёт себя со знакомыми и с чужими людьми',
        'Reacts differently to familiar people and to strangers',
      ),
      skill(
        'plays-peekaboo',
        '«Ку-ку» ойынын ұнатып, беттің қайта көрінуін күтеді',
        'Радуется игре в «ку-ку» и ждёт, когда лицо покажется снова',
        'Enjoys peekaboo and waits for the face to come back',
      ),
      skill('waves-bye', 'Қоштасқанда қолын бұлғайды', 'Машет рукой на прощание', 'Waves bye-bye'),
    ],
    // 12–23 months
    [
      skill(
        'gives-toy',
        'Сұрағанда ойыншықты ересекке береді',
        'Отдаёт игрушку взрослому, когда тот просит',
        'Hands a toy to an adult when asked',
      ),
      skill(
        'shows-object',
        'Ересекке көрсету үшін затты саусағымен нұсқайды не әкеледі',
        'Показывает взрослому предмет пальцем или приносит его, чтобы показать',
        'Points at or brings an object to show it to an adult',
      ),
      skill(
        'shows-affection',
        'Жақын адамдарын құшақтайды не сүйеді',
        'Обнимает или целует близких',
        'Hugs or kisses the people close to them',
      ),
      skill(
        'copies-chores',
        'Ересектердің күнделікті ісін қайталайды (сыпырады, телефонмен сөйлескен болады)',
        'Повторяет повседневные дела взрослых (подметает, «говорит» по телефону)',
        'Copies everyday things adults do (sweeping, talking on the phone)',
      ),
      skill(
        'plays-beside-children',
        'Басқа балалардың қасында ойнайды',
        'Играет рядом с другими детьми',
        'Plays next to other children',
      ),
    ],
    // 24–35 months
    [
      skill(
        'greets-people',
        'Таныс адамдармен өзі амандасады (сәлем береді не қол бұлғайды)',
        'Сам здоровается со знакомыми (говорит «привет» или машет рукой)',
        'Greets familiar people on their own (says hello or waves)',
      ),
      skill(
        'takes-turns-adult',
        'Ересекпен қарапайым ойында кезегін күтеді (допты бір-біріне домалатады)',
        'Ждёт своей очереди в простой игре со взрослым (катают мяч друг другу)',
        'Waits for a turn in a simple game with an adult (rolling a ball to each other)',
      ),
      skill(
        'pretend-play',
        'Қуыршақты тамақтандырып, ұйықтатқан болып ойнайды',
        'Играет понарошку: кормит куклу, укладывает её спать',
        'Plays pretend: feeds a doll and puts it to bed',
      ),
      skill(
        'helps-tidy',
        'Сұрағанда ойыншықтарды жинауға көмектеседі',
        'Помогает убирать игрушки, когда попросят',
        'Helps put toys away when asked',
      ),
      skill(
        'stays-with-other-adult',
        'Ата-анасы жоқта басқа таныс ересекпен біраз уақыт тыныш қалады',
        'Ненадолго спокойно остаётся с другим знакомым взрослым без родителей',
        'Stays calmly with another familiar adult for a while without the parent',
      ),
    ],
    // 36–47 months
    [
      skill(
        'shares-toys',
        'Сұрағанда ойыншығымен бөліседі',
        'Делится игрушками, когда попросят',
        'Shares toys when asked',
      ),
      skill(
        'plays-with-children',
        '2–3 баламен бірге ортақ ойын ойнайды',
        'Играет вместе с 2–3 детьми в общую игру',
        'Plays one game together with two or three children',
      ),
      skill(
        'says-thanks',
        'Еске салмаса да «рахмет» айтады',
        'Говорит «спасибо» без напоминания',
        'Says thank you without being reminded',
      ),
      skill(
        'names-feelings',
        'Көңіл күйін сөзбен айтады (қуанды, ренжіді, ашуланды)',
        'Называет словами свои чувства (радуюсь, грущу, сержусь)',
        'Says how they feel (happy, sad, angry)',
      ),
      skill(
        'comforts-others',
        'Басқа бала жыласа, алаңдап, жұбатуға тырысады',
        'Сочувствует, когда другой ребёнок плачет, пытается утешить',
        'Shows concern and tries to comfort another child who is crying',
      ),
    ],
    // 48–59 months
    [
      skill(
        'asks-before-taking',
        'Біреудің затын алмас бұрын рұқсат сұрайды',
        'Спрашивает разрешения, прежде чем взять чужую вещь',
        "Asks before taking someone else's things",
      ),
      skill(
        'plays-roles',
        'Балалармен рөлдік ойын ойнайды (дүкен, дәрігер, отбасы)',
        'Играет с детьми в ролевые игры (магазин, доктор, семья)',
        'Plays role games with other children (shop, doctor, family)',
      ),
      skill(
        'follows-game-rules',
        'Топпен ойналатын қарапайым ойынның ережесін сақтайды (тығылмақ, қуыспақ)',
        'Соблюдает правила простой групповой игры (прятки, догонялки)',
        'Keeps the rules of a simple group game (hide-and-seek, tag)',
      ),
      skill(
        'has-friend',
        'Жақын досы бар, оның атын айтады',
        'Есть любимый друг, называет его по имени',
        'Has a favourite friend and says their name',
      ),
      skill(
        'says-sorry',
        'Біреуді ренжітсе, кешірім сұрайды',
        'Извиняется, если кого-то обидел',
        'Says sorry after hurting or upsetting someone',
      ),
    ],
    // 60–71 months
    [
      skill(
        'helps-at-home',
        'Сұрағанда үйде шағын тапсырма орындайды (дастарханға қасық қояды)',
        'По просьбе выполняет небольшое поручение дома (раскладывает ложки на столе)',
        'Does a small job at home when asked (puts the spoons on the table)',
      ),
      skill(
        'follows-group-instruction',
        'Топқа берілген нұсқауды орындайды («бәрің отырыңдар»)',
        'Выполняет указание, данное всей группе («все садимся»)',
        "Follows an instruction given to the whole group ('everyone sit down')",
      ),
      skill(
        'waits-turn-group',
        'Топта ескертусіз өз кезегін күтеді',
        'Ждёт своей очереди в группе без напоминания',
        'Waits for their turn in a group without reminders',
      ),
      skill(
        'plays-board-game',
        'Басқалармен қарапайым үстел ойынын соңына дейін ойнайды',
        'Доигрывает с другими простую настольную игру до конца',
        'Plays a simple board game with others to the end',
      ),
      skill(
        'settles-disagreement',
        'Келіспеушілікті төбелеспей, жыламай, сөзбен шешуге тырысады',
        'Старается решить спор словами, без драки и слёз',
        'Tries to settle a disagreement with words, not by hitting or crying',
      ),
    ],
    // 72–83 months
    [
      skill(
        'regular-job',
        'Үйде тұрақты шағын міндеті бар және оны орындайды (мысыққа жем береді, гүл суарады)',
        'Есть постоянное небольшое поручение дома, и он его выполняет (кормит кошку, поливает цветы)',
        'Has a regular small job at home and does it (feeds the cat, waters the plants)',
      ),
      skill(
        'safety-rules-outside',
        'Көшедегі қарапайым қауіпсіздік ережелерін сақтайды (жол жиегінде тоқтайды, бөтен адаммен кетпейді)',
        'Соблюдает простые правила безопасности на улице (останавливается у дороги, не уходит с чужими)',
        'Keeps simple safety rules outside (stops at the road, does not go off with strangers)',
      ),
      skill(
        'shared-task',
        'Басқа балалармен бірлесіп ортақ тапсырманы орындайды (бірге бірдеңе құрастырады)',
        'Вместе с другими детьми выполняет общее задание (что-то строят вместе)',
        'Works with other children on a shared task (building something together)',
      ),
      skill(
        'plans-play',
        'Достарымен ойынды алдын ала келісіп, кім не істейтінін бөліседі',
        'Договаривается с друзьями об игре и о том, кто что делает',
        'Plans a game with friends and agrees who does what',
      ),
      skill(
        'accepts-losing',
        'Ойында жеңілгенін қатты ренжімей қабылдайды',
        'Принимает проигрыш в игре без сильного расстройства',
        'Accepts losing a game without getting very upset',
      ),
    ],
  ],
};
