import type { supervision as source } from '../kk/supervision.js';

/** ru: supervisor screens — caseload assignment, sync conflicts, the sync monitor. */
export const supervision: Record<keyof typeof source, string> = {
  'supervision.caseloads.title': 'Закрепление домохозяйств за специалистами',
  'supervision.caseloads.intro':
    'Специалисты в ваших населённых пунктах и число закреплённых за каждым домохозяйств. Нажмите на имя специалиста, чтобы открыть его домохозяйства и передать их другому специалисту.',
  'supervision.caseloads.introReadOnly':
    'Специалисты в ваших населённых пунктах и число закреплённых за каждым домохозяйств. Менять закрепление может только районный координатор.',
  'supervision.caseloads.empty': 'В ваших населённых пунктах нет специалистов.',
  'supervision.caseloads.caption': 'Специалисты и их домохозяйства',
  'supervision.caseloads.worker': 'Специалист',
  'supervision.caseloads.role': 'Роль',
  'supervision.caseloads.households': 'Домохозяйства',

  'supervision.worker.title': 'Домохозяйства специалиста: {name}',
  'supervision.worker.count':
    '{count, plural, one {Закреплено # домохозяйство.} few {Закреплено # домохозяйства.} many {Закреплено # домохозяйств.} other {Закреплено # домохозяйства.}}',
  'supervision.worker.empty': 'За этим специалистом пока не закреплено ни одного домохозяйства.',
  'supervision.worker.households': 'Домохозяйства специалиста {name}',
  'supervision.worker.move': 'Передать другому специалисту',

  'supervision.household.heading': 'За кем закреплено',
  'supervision.household.assignedTo': 'Закреплено за:',
  'supervision.household.since': 'с {date}',
  'supervision.household.unassigned': 'Это домохозяйство не закреплено ни за одним специалистом.',
  'supervision.household.assign': 'Закрепить за специалистом',
  'supervision.household.reassign': 'Сменить специалиста',

  'supervision.assign.title': 'Закрепление домохозяйства',
  'supervision.assign.current': '«{address}» сейчас закреплено за специалистом {name}.',
  'supervision.assign.currentNone': '«{address}» сейчас ни за кем не закреплено.',
  'supervision.assign.worker': 'Специалист',
  'supervision.assign.newWorker': 'Новый специалист',
  'supervision.assign.option':
    '{name} — {count, plural, one {# домохозяйство} few {# домохозяйства} many {# домохозяйств} other {# домохозяйства}}',
  'supervision.assign.chooseWorker': 'Выберите специалиста.',
  'supervision.assign.noOtherWorkers': 'В ваших населённых пунктах нет других специалистов.',
  'supervision.assign.unassign': 'Снять закрепление',
  'supervision.assign.confirmMove':
    '«{address}» перейдёт от специалиста {from} к специалисту {to}.',
  'supervision.assign.confirmAssign': '«{address}» будет закреплено за специалистом {to}.',
  'supervision.assign.confirmUnassign':
    '«{address}» будет снято со специалиста {from} и ни за кем не будет закреплено.',
  'supervision.assign.leavesPhone':
    'Домохозяйство исчезнет с телефона специалиста {from} при его следующей синхронизации.',
  'supervision.assign.noPreviousPhone': 'Сейчас этого домохозяйства нет ни на чьём телефоне.',
  'supervision.assign.reachesPhone':
    '{to} получит его на свой телефон при следующей синхронизации.',
  'supervision.assign.confirmButton': 'Да, передать',
  'supervision.assign.unassignButton': 'Да, снять закрепление',
  'supervision.assign.done': '«{address}» теперь закреплено за специалистом {name}.',
  'supervision.assign.unassigned': '«{address}» больше ни за кем не закреплено.',

  'supervision.conflicts.title': 'Конфликты синхронизации',
  'supervision.conflicts.intro':
    'Конфликт возникает, когда телефон присылает изменение старой версии записи, а на сервере её уже успели изменить. Пока вы не решите, действует версия сервера.',
  'supervision.conflicts.tabs': 'Состояние конфликтов',
  'supervision.conflicts.open': 'Нерешённые',
  'supervision.conflicts.resolved': 'Решённые',
  'supervision.conflicts.noneOpen': 'Нерешённых конфликтов нет.',
  'supervision.conflicts.noneResolved': 'Решённых конфликтов пока нет.',
  'supervision.conflicts.captionOpen': 'Нерешённые конфликты: {count}',
  'supervision.conflicts.captionResolved': 'Решённые конфликты: {count}',

  'supervision.conflict.title': 'Конфликт: {label}',
  'supervision.conflict.record': 'Запись',
  'supervision.conflict.sentBy': 'Версию с телефона прислал(а)',
  'supervision.conflict.sentAt': 'Когда прислана',
  'supervision.conflict.device': 'Устройство',
  'supervision.conflict.status': 'Состояние',
  'supervision.conflict.statusOpen': 'Ждёт решения',
  'supervision.conflict.statusResolved': 'Решён',
  'supervision.conflict.resolution': 'Решение',
  'supervision.conflict.resolvedBy': 'Кто решил',
  'supervision.conflict.resolvedByAt': '{name}, {date}',
  'supervision.conflict.fieldCount': 'Различия',
  'supervision.conflict.fields':
    '{count, plural, one {# поле} few {# поля} many {# полей} other {# поля}}',
  'supervision.conflict.deleteShort': 'Удалена на телефоне',
  'supervision.conflict.compare': 'Сравнение версий',
  'supervision.conflict.compareCaption': 'Поля, которые различаются',
  'supervision.conflict.explained':
    '{count, plural, one {В версиях различается # поле.} few {В версиях различаются # поля.} many {В версиях различаются # полей.} other {В версиях различаются # поля.}} Для каждого поля выберите, какое значение оставить.',
  'supervision.conflict.deleteExplained':
    'На телефоне эту запись удалили, а на сервере её тем временем изменили. На сервере запись пока сохранена.',
  'supervision.conflict.goneExplained':
    'На сервере этой записи больше нет. Если взять версию с телефона, запись будет сохранена снова.',
  'supervision.conflict.readOnly': 'Решить конфликт может только районный координатор.',
  'supervision.conflict.field': 'Поле',
  'supervision.conflict.serverValue': 'Версия сервера',
  'supervision.conflict.deviceValue': 'Версия телефона',
  'supervision.conflict.subValue': '{field}: {value}',
  'supervision.conflict.pickSummary':
    'Значение с телефона: {count} из {total, plural, one {# поля} other {# полей}}.',
  'supervision.conflict.merge': 'Объединить выбранные поля',
  'supervision.conflict.keepServer': 'Оставить версию сервера',
  'supervision.conflict.takeDevice': 'Взять версию телефона',
  'supervision.conflict.takeDeviceDelete': 'Удалить, как на телефоне',
  'supervision.conflict.invalidTitle': 'Выбранные данные нельзя сохранить. Проверьте эти поля',
  'supervision.conflict.alreadyResolved':
    'Этот конфликт уже решил кто-то другой. Его решение можно посмотреть в списке решённых конфликтов.',
  'supervision.conflict.backToList': 'Вернуться к списку конфликтов',
  'supervision.conflict.resolvedFlash': 'Конфликт «{label}» решён: {resolution}.',

  'supervision.resolution.server': 'оставлена версия сервера',
  'supervision.resolution.device': 'взята версия телефона',
  'supervision.resolution.merge': 'версии объединены',

  'supervision.time.now': 'только что',
  'supervision.time.minutes':
    '{count, plural, one {# минуту назад} few {# минуты назад} many {# минут назад} other {# минуты назад}}',
  'supervision.time.hours':
    '{count, plural, one {# час назад} few {# часа назад} many {# часов назад} other {# часа назад}}',
  'supervision.time.days':
    '{count, plural, one {# день назад} few {# дня назад} many {# дней назад} other {# дня назад}}',
  'supervision.time.months':
    '{count, plural, one {# месяц назад} few {# месяца назад} many {# месяцев назад} other {# месяца назад}}',

  'supervision.devices.title': 'Монитор синхронизации',
  'supervision.devices.intro':
    'Все устройства специалистов в ваших населённых пунктах. Сначала показаны устройства с проблемами: без успешной синхронизации дольше {days, plural, one {# дня} other {# дней}}, с отклонёнными изменениями или нерешёнными конфликтами.',
  'supervision.devices.empty':
    'В ваших населённых пунктах ещё ни одно устройство не синхронизировалось.',
  'supervision.devices.caption': 'Устройства, сначала требующие внимания',
  'supervision.devices.troubledCount':
    'Внимания требуют {count} из {total, plural, one {# устройства} other {# устройств}}.',
  'supervision.devices.allWell':
    '{total, plural, one {# устройство синхронизируется} few {Все # устройства синхронизируются} many {Все # устройств синхронизируются} other {Все # устройства синхронизируются}} без проблем.',
  'supervision.devices.user': 'Пользователь',
  'supervision.devices.deviceId': 'устройство {id}',
  'supervision.devices.state': 'Состояние',
  'supervision.devices.lastSuccess': 'Последняя успешная синхронизация',
  'supervision.devices.lastPull': 'Последнее получение',
  'supervision.devices.lastPush': 'Последняя отправка',
  'supervision.devices.pending': 'Неотправленные изменения',
  'supervision.devices.rejected': 'Отклонённые изменения',
  'supervision.devices.conflicts': 'Нерешённые конфликты',
  'supervision.devices.never': 'никогда',
  'supervision.devices.unknown': 'неизвестно',
  'supervision.devices.ok': 'Всё в порядке',
  'supervision.devices.troubleUnsent': 'Изменения давно не отправлены',
  'supervision.devices.troubleRejected': 'Есть отклонённые изменения',
  'supervision.devices.troubleNever': 'Ни разу не синхронизировалось успешно',
  'supervision.devices.troubleStale':
    'Нет синхронизации дольше {days, plural, one {# дня} other {# дней}}',
  'supervision.devices.troubleConflicts': 'Есть нерешённые конфликты',

  'supervision.overdue.title': 'Просроченные задачи специалистов',
  'supervision.overdue.intro':
    'Специалисты и районные координаторы в ваших населённых пунктах и просроченные задачи по их семьям. Выше те, у кого просрочено больше. Нажмите на имя специалиста, чтобы открыть его домохозяйства.',
  'supervision.overdue.empty': 'В ваших населённых пунктах нет специалистов.',
  'supervision.overdue.noneOverdue':
    'Просроченных задач нет: {total, plural, one {специалист успевает} other {все # специалиста успевают}} вовремя.',
  'supervision.overdue.someOverdue':
    'Просроченные задачи есть у {count} из {total, plural, one {# специалиста} other {# специалистов}}.',
  'supervision.overdue.caption': 'Просроченные задачи по специалистам на {date}',
  'supervision.overdue.worker': 'Специалист',
  'supervision.overdue.households': 'Домохозяйства',
  'supervision.overdue.total': 'Всего просрочено',
};
