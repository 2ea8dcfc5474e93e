/**
 * Kazakh: the family's own app (issue 5; docs/decisions/0024) — signing in with an invitation
 * code, today's activities, the plan in plain words, easy reading — and the worker's "invite a
 * family member". Not in the core: loaded with the family's pages and the invitation page.
 * Short sentences, everyday words: many readers read little.
 */
export const family = {
  'family.invitation.title': 'Шақыру кодымен кіру',
  'family.invitation.intro':
    'ҚДО қызметкері сізге 8 әріп пен саннан тұратын код берді, мысалы: ABCD-EFGH.',
  'family.invitation.code': 'Шақыру коды',
  'family.invitation.hint': 'Үлкен не кіші әріп, бос орын маңызды емес.',
  'family.invitation.submit': 'Кіру',
  'family.invitation.checking': 'Код тексерілуде…',
  'family.invitation.next': 'Содан кейін осы телефонға PIN-код орнатасыз.',
  'family.invitation.empty': 'Кодты енгізіңіз.',
  'family.invitation.length':
    'Кодта 8 таңба болады. Сіз {count, plural, other {# таңба}} енгіздіңіз.',
  'family.invitation.characters':
    'Кодта O, 0, I, 1 және L болмайды. Әріптерді қағаздағымен салыстырыңыз.',
  'family.invitation.password': 'Құпиясөзбен кіру',

  'family.invite.title': 'Отбасы қосымшасы',
  'family.invite.intro':
    'Отбасы мүшесіне кіру кодын беріңіз: ол өз телефонынан бүгінгі жаттығуларды көріп, орындағанын белгілейді.',
  'family.invite.who': 'Кім кіреді?',
  'family.invite.submit': 'Кіру кодын алу',
  'family.invite.busy': 'Код жасалуда…',
  'family.invite.chooseMember': 'Отбасы мүшесін таңдаңыз.',
  'family.invite.codeFor': '{name} үшін кіру коды',
  'family.invite.expires':
    '{date} дейін жарамды, бір рет қана қолданылады. Жаңа код алсаңыз, бұл код жарамсыз болады.',
  'family.invite.howTo':
    'Телефонында {address} ашып, «Менде шақыру коды бар» батырмасын басып, осы кодты енгізсін.',
  'family.invite.needsOnline': 'Код алу үшін интернет керек.',

  'family.nav.label': 'Отбасы беттері',
  'family.nav.today': 'Бүгін',
  'family.nav.plan': 'Жоспар',
  'family.nav.next': 'Келесі',
  'family.nav.previous': 'Алдыңғы',
  'family.easyRead.label': 'Жеңіл оқу',
  'family.easyRead.hint': 'Үлкен әріп, алдымен сурет, бір бетте бір іс.',

  'family.weekday':
    '{day, select, mon {Дүйсенбі} tue {Сейсенбі} wed {Сәрсенбі} thu {Бейсенбі} fri {Жұма} sat {Сенбі} other {Жексенбі}}',
  'family.weekdayShort':
    '{day, select, mon {Дс} tue {Сс} wed {Ср} thu {Бс} fri {Жм} sat {Сб} other {Жс}}',
  'family.frequency.day': '{times, plural, one {күніне бір рет} other {күніне # рет}}',
  'family.frequency.week': '{times, plural, one {аптасына бір рет} other {аптасына # рет}}',
  'family.who': 'Орындайтын: {name}',

  'family.today.title': 'Бүгін',
  'family.today.date': '{weekday}, {date}',
  'family.today.for': '{name} үшін',
  'family.today.noPlan': 'Жоспар әлі жоқ. ҚДО қызметкері жоспарды сізбен бірге құрады.',
  'family.today.nothing': 'Бүгін жаттығу жоқ.',
  'family.today.allDone': 'Бүгінгі жаттығулардың бәрі белгіленді. Рақмет!',
  'family.today.logged': 'Бүгін белгіленгені: {logged} / {wanted}',
  'family.today.weekSoFar': 'Осы аптада: {before} / {times}',
  'family.today.enough': 'Осы аптаға жеткілікті',
  'family.today.enoughHint': 'Бұл жаттығулар осы аптада қажетті рет жасалды.',
  'family.today.howTo': 'Қалай жасау керек: {title}',
  'family.today.note': 'Қызметкердің кеңесі',
  'family.today.position': '{count} жаттығудың {n}-і',

  'family.practice.question': 'Бүгін жасадыңыз ба?',
  'family.practice.done': 'Жасадық',
  'family.practice.partly': 'Біразын жасадық',
  'family.practice.notToday': 'Бүгін емес',
  'family.practice.saving': 'Сақталуда…',
  'family.practice.saved': 'Белгіленді: {result}.',
  'family.practice.changed': 'Түзетілді: {result}.',
  'family.practice.willSend': 'Интернет болғанда қызметкерге жіберіледі.',
  'family.practice.session': '{n}-рет: {result}',
  'family.practice.change': 'Қате басылды ма? Түзету',
  'family.practice.changeTitle': 'Дұрысын таңдаңыз',
  'family.practice.keep': 'Өзгертпеу',
  'family.practice.addNote': 'Жазба қосу',
  'family.practice.note': 'Жазба',
  'family.practice.noteHint': 'Мысалы: шаршады, бірақ соңына дейін жасады.',
  'family.practice.saveNote': 'Жазбаны сақтау',
  'family.practice.noteSaved': 'Жазба сақталды.',

  'family.week.title': 'Осы апта',
  'family.week.summary':
    'Толық: {done} рет, біраз: {partly} рет. Аптаның мақсаты: {target, plural, other {# рет}}.',
  'family.week.day': '{day}: {state}',
  'family.week.state':
    '{state, select, done {жасалды} partly {біразы жасалды} not_today {бүгін емес} none {белгіленбеді} coming {әлі алда} other {жаттығу жоқ}}',
  'family.week.legend': 'Белгілер',

  'family.activity.purpose': 'Не үшін',
  'family.activity.materials': 'Не керек',
  'family.activity.noMaterials': 'Ештеңе керек емес.',
  'family.activity.steps': 'Қалай жасау керек',
  'family.activity.stepOf': '{count} қадамның {n}-і',
  'family.activity.safety': 'Абай болыңыз',
  'family.activity.stop': 'Мына белгілер болса, тоқтап, қызметкерге хабарласыңыз:',
  'family.activity.worker': 'Сіздің ҚДО қызметкеріңіз: {name}',
  'family.activity.emergency': 'Өмірге қауіп төнсе, 103 немесе 112 нөміріне қоңырау шалыңыз.',
  'family.activity.notFound': 'Бұл жаттығу сіздің жоспарыңызда жоқ.',
  'family.activity.back': 'Бүгінге оралу',

  'family.plan.title': 'Біздің жоспар',
  'family.plan.for': '{name}: жоспар',
  'family.plan.period': '{from} – {to}',
  'family.plan.goals': 'Мақсаттар',
  'family.plan.goal': '{n}-мақсат',
  'family.plan.expected': 'Біз күтетін нәтиже',
  'family.plan.byDate': 'Мерзімі: {date}',
  'family.plan.noGoals': 'Мақсаттар әлі жазылмаған.',
  'family.plan.activities': 'Үйдегі жаттығулар',
  'family.plan.print': 'Жоспарды басып шығару (PDF)',
  'family.plan.printHint': 'Бір бет: мақсаттар мен жаттығулар суреттерімен. Интернет керек.',
  'family.plan.nextVisit': 'Қызметкердің келесі келуі',
  'family.plan.visitAgreed': 'Бұл күнді қызметкермен келістіңіз.',
  'family.plan.visitPlanned': 'Жоспар бойынша шамамен осы күні.',
  'family.plan.visitLate':
    'Қызметкер {date} келуі керек еді. Қызметкерге хабарласып, күнді келісіңіз.',
  'family.plan.worker': 'Сіздің ҚДО қызметкеріңіз: {name}',

  'family.unlock.forgotPin': 'PIN-кодты ұмыттыңыз ба?',
  'family.unlock.intro':
    '{name}, интернетке қосылып, «Ашу» батырмасын басыңыз. Телефон жазбаларды ашатын кілтті Birge серверінен алады.',
  'family.unlock.setupIntro':
    '{name}, интернет бар кезде осы телефонды бір рет дайындаймыз. Содан кейін PIN-код орнатасыз.',
  'family.unlock.pinDisabled':
    'PIN-код тым көп рет қате енгізілді. Интернетке қосылып, «Ашу» батырмасын басыңыз.',
  'family.unlock.offline': 'Интернет жоқ. Интернетке қосылып, қайта басыңыз.',
  'family.unlock.notThisKey':
    'Бұл телефондағы жазбалар құпиясөзбен жабылған. Құпиясөзді енгізіңіз.',
  'family.unlock.newCode': 'Қызметкерден жаңа код алып, сол кодпен кіру',
  'family.unlock.usePassword': 'Менде құпиясөз бар',
};
