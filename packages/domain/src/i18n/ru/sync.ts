import type { sync as source } from '../kk/sync.js';

/** ru: the offline store, sync status, device PIN and sync problems in the web app. */
export const sync: Record<keyof typeof source, string> = {
  'nav.sync': 'Синхронизация',
  'sync.status.online': 'В сети',
  'sync.status.offline': 'Не в сети',
  'sync.status.syncing': 'Синхронизация…',
  'sync.status.never': 'Ещё не синхронизировано',
  'sync.status.lastSync': 'Синхронизировано {when}',
  'sync.status.pending':
    '{count, plural, one {# изменение ждёт отправки} few {# изменения ждут отправки} many {# изменений ждут отправки} other {# изменения ждут отправки}}',
  'sync.status.problems':
    '{count, plural, one {# проблема требует внимания} few {# проблемы требуют внимания} many {# проблем требуют внимания} other {# проблемы требуют внимания}}',
  'sync.time.justNow': 'только что',
  'sync.time.minutes':
    '{count, plural, one {# минуту назад} few {# минуты назад} many {# минут назад} other {# минуты назад}}',
  'sync.time.hours':
    '{count, plural, one {# час назад} few {# часа назад} many {# часов назад} other {# часа назад}}',
  'sync.time.days':
    '{count, plural, one {# день назад} few {# дня назад} many {# дней назад} other {# дня назад}}',
  'sync.announce.done':
    'Синхронизация завершена: отправлено изменений — {sent}, получено записей — {received}.',
  'sync.announce.offline':
    'Нет интернета. Ваши изменения сохранены на этом телефоне и будут отправлены, когда появится связь.',
  'sync.announce.server': 'Сервер не ответил. Попробуем ещё раз чуть позже.',
  'sync.announce.signedOut':
    'Чтобы синхронизировать, войдите снова. Ваши изменения сохранены на этом телефоне.',
  'sync.page.title': 'Синхронизация',
  'sync.page.now': 'Синхронизировать сейчас',
  'sync.page.details': 'Подробности',
  'sync.page.connection': 'Связь',
  'sync.page.lastSync': 'Последняя успешная синхронизация',
  'sync.page.pending': 'Ждут отправки',
  'sync.page.problems': 'Проблемы',
  'sync.page.trimmed':
    '{count, plural, one {# домохозяйство вашей нагрузки осталось} few {# домохозяйства вашей нагрузки остались} many {# домохозяйств вашей нагрузки остались} other {# домохозяйства вашей нагрузки остались}} на сервере: телефон хранит только назначенные последними.',
  'sync.page.noProblems': 'Проблем нет.',
  'sync.entity.household': 'Домохозяйство',
  'sync.entity.person': 'Человек',
  'sync.entity.consent': 'Согласие',
  'sync.entity.referral': 'Направление',
  'sync.entity.referral_status': 'Шаг направления',
  'sync.entity.education_record': 'Запись об образовании',
  'sync.entity.livelihood_record': 'Запись о средствах к существованию',
  'sync.problem.rejected': 'Сервер не принял',
  'sync.problem.conflict': 'Одновременно изменил кто-то другой',
  'sync.problem.when': 'Ответ получен: {when}',
  'sync.problem.conflictText':
    'Ваша версия сохранена, какую оставить, решит районный координатор. До тех пор показывается версия с сервера.',
  'sync.problem.fixHint':
    'Откройте запись, исправьте ошибку и сохраните: она будет отправлена снова.',
  'sync.problem.open': 'Открыть запись: {name}',
  'sync.problem.discard': 'Удалить это изменение',
  'sync.problem.dismiss': 'Понятно, скрыть',
  'sync.problem.discardTitle': 'Удалить изменение?',
  'sync.problem.discardText':
    'Изменение, сделанное на этом телефоне ({name}), будет удалено, вместо него будет показана версия с сервера. Это нельзя отменить.',
  'pin.setupTitle': 'Задайте PIN-код для этого телефона',
  'pin.setupIntro':
    'Записи на телефоне зашифрованы. Без интернета вы открываете их PIN-кодом. Если забудете PIN-код, их откроет и ваш пароль.',
  'pin.changeTitle': 'Смена PIN-кода',
  'pin.changeIntro':
    'Новый PIN-код будет открывать записи на этом телефоне; старый перестанет действовать.',
  'pin.changeLink': 'Сменить PIN-код',
  'pin.changed': 'PIN-код изменён.',
  'pin.backToSync': 'Вернуться к синхронизации',
  'pin.field': 'PIN-код',
  'pin.again': 'Повторите PIN-код',
  'pin.hint':
    'Не меньше {min} цифр; {recommended} цифр защищают лучше. Не выбирайте простые коды вроде 1111 или 1234.',
  'pin.save': 'Сохранить PIN-код',
  'pin.tooShort': 'Введите не меньше {min} цифр.',
  'pin.digitsOnly': 'PIN-код состоит только из цифр.',
  'pin.tooSimple': 'Такой код легко угадать. Выберите другие цифры.',
  'pin.mismatch': 'PIN-коды не совпадают.',
  'pin.failed': 'PIN-код не сохранился. Попробуйте ещё раз.',
  'unlock.title': 'Открыть записи',
  'unlock.pinIntro': '{name}, введите PIN-код, чтобы открыть записи на этом телефоне.',
  'unlock.passwordIntro': '{name}, введите пароль, чтобы открыть записи на этом телефоне.',
  'unlock.setupTitle': 'Подготовка телефона',
  'unlock.setupIntro':
    'Введите пароль ещё раз, чтобы хранить вашу нагрузку на этом телефоне для работы без интернета.',
  'unlock.submit': 'Открыть',
  'unlock.setupSubmit': 'Продолжить',
  'unlock.opening': 'Открываем…',
  'unlock.wrongPin':
    '{count, plural, one {Неверный PIN-код. Осталась # попытка.} few {Неверный PIN-код. Осталось # попытки.} many {Неверный PIN-код. Осталось # попыток.} other {Неверный PIN-код. Осталось # попытки.}}',
  'unlock.pinDisabled':
    'PIN-код введён неверно слишком много раз. Чтобы открыть записи, введите пароль.',
  'unlock.wrongPassword': 'Этот пароль не открывает записи на этом телефоне.',
  'unlock.usePassword': 'Забыли PIN-код? Ввести пароль',
  'signOut.sending': 'Отправляем изменения…',
  'signOut.unsentTitle': 'Некоторые изменения не отправлены',
  'signOut.unsentText':
    '{count, plural, one {# изменение не дошло до сервера.} few {# изменения не дошли до сервера.} many {# изменений не дошли до сервера.} other {# изменения не дошли до сервера.}} Если выйти сейчас, они будут удалены вместе с данными телефона.',
  'signOut.confirm': 'Выйти и удалить их',
  'signOut.stay': 'Остаться в системе',
};
