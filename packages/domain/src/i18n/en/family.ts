/** English: the family's own app and the worker's "invite a family member" (decision 0024). */
export const family = {
  'family.invitation.title': 'Sign in with an invitation code',
  'family.invitation.intro':
    'Your CBR worker gave you a code of 8 letters and numbers, for example: ABCD-EFGH.',
  'family.invitation.code': 'Invitation code',
  'family.invitation.hint': 'Capital or small letters and spaces do not matter.',
  'family.invitation.submit': 'Sign in',
  'family.invitation.checking': 'Checking the code…',
  'family.invitation.next': 'Then you choose a PIN for this phone.',
  'family.invitation.empty': 'Enter the code.',
  'family.invitation.length':
    'The code has 8 characters. You entered {count, plural, one {# character} other {# characters}}.',
  'family.invitation.characters':
    'Codes have no O, I or L and no 0 or 1. Check the letters against your paper.',
  'family.invitation.password': 'Sign in with a password',

  'family.invite.title': 'Family app',
  'family.invite.intro':
    'Give a family member a code to sign in: on their own phone they see today’s activities and mark what they did.',
  'family.invite.who': 'Who will sign in?',
  'family.invite.submit': 'Get a sign-in code',
  'family.invite.busy': 'Making the code…',
  'family.invite.chooseMember': 'Choose a family member.',
  'family.invite.codeFor': 'Sign-in code for {name}',
  'family.invite.expires':
    'Valid until {date}, once only. Getting a new code makes this one stop working.',
  'family.invite.howTo':
    'On their phone they open {address}, press “I have an invitation code” and enter this code.',
  'family.invite.needsOnline': 'Getting a code needs the internet.',

  'family.nav.label': 'Family pages',
  'family.nav.today': 'Today',
  'family.nav.plan': 'Plan',
  'family.nav.next': 'Next',
  'family.nav.previous': 'Back',
  'family.easyRead.label': 'Easy read',
  'family.easyRead.hint': 'Big text, pictures first, one thing on each screen.',

  'family.weekday':
    '{day, select, mon {Monday} tue {Tuesday} wed {Wednesday} thu {Thursday} fri {Friday} sat {Saturday} other {Sunday}}',
  'family.weekdayShort':
    '{day, select, mon {Mon} tue {Tue} wed {Wed} thu {Thu} fri {Fri} sat {Sat} other {Sun}}',
  'family.frequency.day':
    '{times, plural, one {once a day} =2 {twice a day} other {# times a day}}',
  'family.frequency.week':
    '{times, plural, one {once a week} =2 {twice a week} other {# times a week}}',
  'family.who': 'Done by: {name}',

  'family.today.title': 'Today',
  'family.today.date': '{weekday}, {date}',
  'family.today.for': 'For {name}',
  'family.today.noPlan': 'No plan yet. Your CBR worker will make one with you.',
  'family.today.nothing': 'No activities today.',
  'family.today.allDone': 'Every activity for today is marked. Thank you!',
  'family.today.logged': 'Marked today: {logged} of {wanted}',
  'family.today.weekSoFar': 'This week: {before} of {times}',
  'family.today.enough': 'Enough for this week',
  'family.today.enoughHint': 'These activities were done as often as the week asks.',
  'family.today.howTo': 'How to do it: {title}',
  'family.today.note': 'Your worker’s tip',
  'family.today.position': 'Activity {n} of {count}',

  'family.practice.question': 'Did you do it today?',
  'family.practice.done': 'Done',
  'family.practice.partly': 'Partly',
  'family.practice.notToday': 'Not today',
  'family.practice.saving': 'Saving…',
  'family.practice.saved': 'Marked: {result}.',
  'family.practice.changed': 'Corrected: {result}.',
  'family.practice.willSend': 'It goes to your worker when there is internet.',
  'family.practice.session': 'Time {n}: {result}',
  'family.practice.change': 'Tapped by mistake? Correct it',
  'family.practice.changeTitle': 'Choose what is right',
  'family.practice.keep': 'Keep it',
  'family.practice.addNote': 'Add a note',
  'family.practice.note': 'Note',
  'family.practice.noteHint': 'For example: he was tired but did it to the end.',
  'family.practice.saveNote': 'Save the note',
  'family.practice.noteSaved': 'Note saved.',

  'family.week.title': 'This week',
  'family.week.summary':
    'Done: {done}, partly: {partly}. This week’s aim: {target, plural, one {# time} other {# times}}.',
  'family.week.day': '{day}: {state}',
  'family.week.state':
    '{state, select, done {done} partly {partly done} not_today {not today} none {not marked} coming {still to come} other {no activity}}',
  'family.week.legend': 'What the signs mean',

  'family.activity.purpose': 'Why',
  'family.activity.materials': 'What you need',
  'family.activity.noMaterials': 'Nothing is needed.',
  'family.activity.steps': 'How to do it',
  'family.activity.stepOf': 'Step {n} of {count}',
  'family.activity.safety': 'Take care',
  'family.activity.stop': 'Stop and call your worker if:',
  'family.activity.worker': 'Your CBR worker: {name}',
  'family.activity.emergency': 'If a life is in danger, call 103 or 112.',
  'family.activity.notFound': 'This activity is not in your plan.',
  'family.activity.back': 'Back to today',

  'family.plan.title': 'Our plan',
  'family.plan.for': 'Plan for {name}',
  'family.plan.period': '{from} – {to}',
  'family.plan.goals': 'Goals',
  'family.plan.goal': 'Goal {n}',
  'family.plan.expected': 'What we are working towards',
  'family.plan.byDate': 'By: {date}',
  'family.plan.noGoals': 'No goals written yet.',
  'family.plan.activities': 'Activities at home',
  'family.plan.print': 'Print the plan (PDF)',
  'family.plan.printHint':
    'One page: the goals and the activities with their pictures. Needs the internet.',
  'family.plan.nextVisit': 'Your worker’s next visit',
  'family.plan.visitAgreed': 'You agreed this day with your worker.',
  'family.plan.visitPlanned': 'About this day, by the plan.',
  'family.plan.visitLate': 'Your worker was due on {date}. Call them to agree a day.',
  'family.plan.worker': 'Your CBR worker: {name}',

  'family.unlock.forgotPin': 'Forgot your PIN?',
  'family.unlock.intro':
    '{name}, connect to the internet and press “Open”. The phone gets the key to your records from the Birge server.',
  'family.unlock.setupIntro':
    '{name}, while there is internet we get this phone ready once. Then you choose a PIN.',
  'family.unlock.pinDisabled':
    'The PIN was wrong too many times. Connect to the internet and press “Open”.',
  'family.unlock.offline': 'No internet. Connect and press again.',
  'family.unlock.notThisKey': 'The records on this phone are locked with a password. Enter it.',
  'family.unlock.newCode': 'Get a new code from your worker and sign in with it',
  'family.unlock.usePassword': 'I have a password',
};
