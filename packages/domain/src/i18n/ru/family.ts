/** Russian: the family's own app and the worker's "invite a family member" (decision 0024). */
export const family = {
  'family.invitation.title': 'Вход по коду приглашения',
  'family.invitation.intro': 'Специалист РМС дал вам код из 8 букв и цифр, например: ABCD-EFGH.',
  'family.invitation.code': 'Код приглашения',
  'family.invitation.hint': 'Большие или маленькие буквы и пробелы не важны.',
  'family.invitation.submit': 'Войти',
  'family.invitation.checking': 'Проверяем код…',
  'family.invitation.next': 'Потом вы придумаете PIN-код для этого телефона.',
  'family.invitation.empty': 'Введите код.',
  'family.invitation.length':
    'В коде 8 знаков. Вы ввели {count, plural, one {# знак} few {# знака} many {# знаков} other {# знака}}.',
  'family.invitation.characters': 'В коде нет букв O, I, L и цифр 0, 1. Сверьте буквы с бумажкой.',
  'family.invitation.password': 'Войти с паролем',

  'family.invite.title': 'Приложение для семьи',
  'family.invite.intro':
    'Дайте члену семьи код для входа: на своём телефоне он увидит занятия на сегодня и отметит, что сделано.',
  'family.invite.who': 'Кто будет входить?',
  'family.invite.submit': 'Получить код для входа',
  'family.invite.busy': 'Создаём код…',
  'family.invite.chooseMember': 'Выберите члена семьи.',
  'family.invite.codeFor': 'Код для входа: {name}',
  'family.invite.expires':
    'Действует до {date}, только один раз. Если получить новый код, этот перестанет действовать.',
  'family.invite.howTo':
    'Пусть на телефоне откроет {address}, нажмёт «У меня есть код приглашения» и введёт этот код.',
  'family.invite.needsOnline': 'Чтобы получить код, нужен интернет.',

  'family.nav.label': 'Страницы семьи',
  'family.nav.today': 'Сегодня',
  'family.nav.plan': 'План',
  'family.nav.next': 'Дальше',
  'family.nav.previous': 'Назад',
  'family.easyRead.label': 'Лёгкое чтение',
  'family.easyRead.hint': 'Крупный текст, сначала картинка, одно дело на экране.',

  'family.weekday':
    '{day, select, mon {Понедельник} tue {Вторник} wed {Среда} thu {Четверг} fri {Пятница} sat {Суббота} other {Воскресенье}}',
  'family.weekdayShort':
    '{day, select, mon {Пн} tue {Вт} wed {Ср} thu {Чт} fri {Пт} sat {Сб} other {Вс}}',
  'family.frequency.day':
    '{times, plural, one {# раз в день} few {# раза в день} many {# раз в день} other {# раза в день}}',
  'family.frequency.week':
    '{times, plural, one {# раз в неделю} few {# раза в неделю} many {# раз в неделю} other {# раза в неделю}}',
  'family.who': 'Делает: {name}',

  'family.today.title': 'Сегодня',
  'family.today.date': '{weekday}, {date}',
  'family.today.for': 'Для: {name}',
  'family.today.noPlan': 'Плана пока нет. Специалист РМС составит его вместе с вами.',
  'family.today.nothing': 'На сегодня занятий нет.',
  'family.today.allDone': 'Все занятия на сегодня отмечены. Спасибо!',
  'family.today.logged': 'Сегодня отмечено: {logged} из {wanted}',
  'family.today.weekSoFar': 'На этой неделе: {before} из {times}',
  'family.today.enough': 'На этой неделе достаточно',
  'family.today.enoughHint': 'Эти занятия на этой неделе уже сделаны нужное число раз.',
  'family.today.howTo': 'Как делать: {title}',
  'family.today.note': 'Совет специалиста',
  'family.today.position': 'Занятие {n} из {count}',

  'family.practice.question': 'Сегодня сделали?',
  'family.practice.done': 'Сделали',
  'family.practice.partly': 'Сделали частично',
  'family.practice.notToday': 'Не сегодня',
  'family.practice.saving': 'Сохраняем…',
  'family.practice.saved': 'Отмечено: {result}.',
  'family.practice.changed': 'Исправлено: {result}.',
  'family.practice.willSend': 'Отправим специалисту, когда появится интернет.',
  'family.practice.session': '{n}-й раз: {result}',
  'family.practice.change': 'Нажали по ошибке? Исправить',
  'family.practice.changeTitle': 'Выберите, как было',
  'family.practice.keep': 'Оставить как есть',
  'family.practice.addNote': 'Добавить заметку',
  'family.practice.note': 'Заметка',
  'family.practice.noteHint': 'Например: устал, но сделал до конца.',
  'family.practice.saveNote': 'Сохранить заметку',
  'family.practice.noteSaved': 'Заметка сохранена.',

  'family.week.title': 'Эта неделя',
  'family.week.summary':
    'Полностью: {done}, частично: {partly}. Цель недели: {target, plural, one {# раз} few {# раза} many {# раз} other {# раза}}.',
  'family.week.day': '{day}: {state}',
  'family.week.state':
    '{state, select, done {сделано} partly {сделано частично} not_today {не сегодня} none {не отмечено} coming {ещё впереди} other {занятия нет}}',
  'family.week.legend': 'Значки',

  'family.activity.purpose': 'Зачем',
  'family.activity.materials': 'Что нужно',
  'family.activity.noMaterials': 'Ничего не нужно.',
  'family.activity.steps': 'Как делать',
  'family.activity.stepOf': 'Шаг {n} из {count}',
  'family.activity.safety': 'Будьте осторожны',
  'family.activity.stop': 'Остановитесь и позвоните специалисту, если:',
  'family.activity.worker': 'Ваш специалист РМС: {name}',
  'family.activity.emergency': 'Если есть угроза жизни, звоните 103 или 112.',
  'family.activity.notFound': 'Этого занятия нет в вашем плане.',
  'family.activity.back': 'Вернуться к занятиям на сегодня',

  'family.plan.title': 'Наш план',
  'family.plan.for': 'План: {name}',
  'family.plan.period': '{from} – {to}',
  'family.plan.goals': 'Цели',
  'family.plan.goal': 'Цель {n}',
  'family.plan.expected': 'Чего мы хотим добиться',
  'family.plan.byDate': 'Срок: {date}',
  'family.plan.noGoals': 'Цели пока не записаны.',
  'family.plan.activities': 'Занятия дома',
  'family.plan.print': 'Распечатать план (PDF)',
  'family.plan.printHint': 'Одна страница: цели и упражнения с рисунками. Нужен интернет.',
  'family.plan.nextVisit': 'Следующий приход специалиста',
  'family.plan.visitAgreed': 'Этот день вы договорили со специалистом.',
  'family.plan.visitPlanned': 'Примерно в этот день, по плану.',
  'family.plan.visitLate':
    'Специалист должен был прийти {date}. Позвоните ему и договоритесь о дне.',
  'family.plan.worker': 'Ваш специалист РМС: {name}',

  'family.unlock.forgotPin': 'Забыли PIN-код?',
  'family.unlock.intro':
    '{name}, подключитесь к интернету и нажмите «Открыть». Телефон получит ключ к записям с сервера Birge.',
  'family.unlock.setupIntro':
    '{name}, пока есть интернет, один раз подготовим этот телефон. Потом вы придумаете PIN-код.',
  'family.unlock.pinDisabled':
    'PIN-код введён неверно слишком много раз. Подключитесь к интернету и нажмите «Открыть».',
  'family.unlock.offline': 'Нет интернета. Подключитесь и нажмите ещё раз.',
  'family.unlock.notThisKey': 'Записи на этом телефоне закрыты паролем. Введите пароль.',
  'family.unlock.newCode': 'Получить у специалиста новый код и войти с ним',
  'family.unlock.usePassword': 'У меня есть пароль',
};
