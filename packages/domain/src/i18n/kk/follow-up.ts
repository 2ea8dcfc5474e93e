/**
 * Kazakh: follow-up tasks, the printed plan and family invitations (issue 5). Not in the core:
 * pages that need them load them; the server renders the printed plan and its problems with them.
 */
export const followUp = {
  'problem.invitation_invalid': 'Шақыру коды қате. Кодты тексеріп, қайта енгізіңіз.',
  'problem.invitation_expired':
    'Шақыру кодының мерзімі өтіп кетті. ҚДО қызметкерінен жаңа код сұраңыз.',
  'problem.invitation_used':
    'Бұл шақыру коды қолданылған немесе күшін жойған. ҚДО қызметкерінен жаңа код сұраңыз.',
  'invitation.not_in_caseload': 'Бұл үй шаруашылығы сіздің жұмыс тізіміңізде жоқ',
  'invitation.person_not_in_household': 'Бұл адам осы үй шаруашылығының мүшесі емес',
  'auditAction.invite': 'Отбасы мүшесін шақыру',
  'auditAction.invitation_redeem': 'Шақыру кодымен кіру',
  'auditAction.invitation_failed': 'Сәтсіз шақыру коды',

  'task.kind.visit_due': 'Отбасына бару керек',
  'task.kind.review_due': 'Мақсаттарды қайта бағалау керек',
  'task.kind.rescreening_due': 'Жыл сайынғы қайта скрининг',
  'task.kind.consent_expiring': 'Келісімнің мерзімі бітуге жақын',
  'task.kind.consent_expired': 'Келісімнің мерзімі өтті',
  'task.kind.practice_missing': '7 күн бойы жаттығу белгіленбеген',
  'task.kind.referral_overdue': 'Жолдаманың мерзімі өтті',
  'task.reason.first': 'Алғаш рет',
  'task.reason.agreed': 'Соңғы барғанда келісілген күн',
  'task.reason.needs_own_consent': '18 жасқа толды: өз келісімі керек',
  'task.overdue': 'Мерзімі өтті',

  'print.title': 'Жеке оңалту жоспары',
  'print.person': 'Кімге: {name}',
  'print.period': 'Жоспар мерзімі: {from} – {to}',
  'print.goals': 'Біздің мақсаттарымыз',
  'print.goal_expected': '{date} қарай күтетініміз: {text}',
  'print.more_goals': '{count, plural, other {Тағы # мақсат}} — қосымшадан қараңыз',
  'print.activities': 'Үйдегі жаттығулар',
  'print.with': 'Кіммен: {who}',
  'print.stop_if': 'Тоқтап, қызметкерге хабарласыңыз: {sign}',
  'print.more_activities': '{count, plural, other {Тағы # жаттығу}} — қосымшадан қараңыз',
  'print.next_visit': 'Келесі бару: {date}',
  'print.next_visit_unknown': 'Келесі бару күнін қызметкермен келісіңіз',
  'print.worker': 'ҚДО қызметкері: {name}',
  'print.worker_phone': 'ҚДО қызметкері: {name}, тел. {phone}',
  'print.footer': 'Бірге · басылған күні {date}',
} as const;
