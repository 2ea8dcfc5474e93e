import type { followUp as source } from '../kk/follow-up.js';

/** Russian: follow-up tasks, the printed plan and family invitations (issue 5). */
export const followUp: Record<keyof typeof source, string> = {
  'problem.invitation_invalid': 'Неверный код приглашения. Проверьте код и введите его ещё раз.',
  'problem.invitation_expired':
    'Срок действия кода приглашения истёк. Попросите у специалиста РМС новый код.',
  'problem.invitation_used':
    'Этот код приглашения уже использован или отменён. Попросите у специалиста РМС новый код.',
  'invitation.not_in_caseload': 'Этого домохозяйства нет в вашем списке',
  'invitation.person_not_in_household': 'Этот человек не член этого домохозяйства',
  'auditAction.invite': 'Приглашение члена семьи',
  'auditAction.invitation_redeem': 'Вход по коду приглашения',
  'auditAction.invitation_failed': 'Неверный код приглашения',

  'task.kind.visit_due': 'Пора посетить семью',
  'task.kind.review_due': 'Пора пересмотреть цели',
  'task.kind.rescreening_due': 'Ежегодный повторный скрининг',
  'task.kind.consent_expiring': 'Скоро истекает согласие',
  'task.kind.consent_expired': 'Согласие истекло',
  'task.kind.practice_missing': '7 дней без отметок о занятиях',
  'task.kind.referral_overdue': 'Направление просрочено',
  'task.reason.first': 'Впервые',
  'task.reason.agreed': 'Дата согласована при последнем посещении',
  'task.reason.needs_own_consent': 'Исполнилось 18 лет: нужно собственное согласие',
  'task.overdue': 'Просрочено',

  'print.title': 'Индивидуальный план реабилитации',
  'print.person': 'Для: {name}',
  'print.period': 'Срок плана: {from} – {to}',
  'print.goals': 'Наши цели',
  'print.goal_expected': 'К {date} ожидаем: {text}',
  'print.more_goals':
    '{count, plural, one {Ещё # цель} few {Ещё # цели} many {Ещё # целей} other {Ещё # цели}} — смотрите в приложении',
  'print.activities': 'Занятия дома',
  'print.with': 'С кем: {who}',
  'print.stop_if': 'Остановитесь и позвоните специалисту: {sign}',
  'print.more_activities':
    '{count, plural, one {Ещё # занятие} few {Ещё # занятия} many {Ещё # занятий} other {Ещё # занятия}} — смотрите в приложении',
  'print.next_visit': 'Следующее посещение: {date}',
  'print.next_visit_unknown': 'Дату следующего посещения согласуйте со специалистом',
  'print.worker': 'Специалист РМС: {name}',
  'print.worker_phone': 'Специалист РМС: {name}, тел. {phone}',
  'print.footer': 'Бирге · напечатано {date}',
};
