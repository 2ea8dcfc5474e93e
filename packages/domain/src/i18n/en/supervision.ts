import type { supervision as source } from '../kk/supervision.js';

/** en: supervisor screens — caseload assignment, sync conflicts, the sync monitor. */
export const supervision: Record<keyof typeof source, string> = {
  'supervision.caseloads.title': 'Caseloads',
  'supervision.caseloads.intro':
    'The workers in your places and how many households each one holds. Open a worker to see their households and move them to another worker.',
  'supervision.caseloads.introReadOnly':
    'The workers in your places and how many households each one holds. Only a district coordinator can change who holds a household.',
  'supervision.caseloads.empty': 'There are no workers in your places.',
  'supervision.caseloads.caption': 'Workers and their households',
  'supervision.caseloads.worker': 'Worker',
  'supervision.caseloads.role': 'Role',
  'supervision.caseloads.households': 'Households',

  'supervision.worker.title': 'Caseload: {name}',
  'supervision.worker.count':
    '{count, plural, one {# household assigned.} other {# households assigned.}}',
  'supervision.worker.empty': 'No households are assigned to this worker yet.',
  'supervision.worker.households': 'Households of {name}',
  'supervision.worker.move': 'Move to another worker',

  'supervision.household.heading': 'Caseload',
  'supervision.household.assignedTo': 'Assigned to:',
  'supervision.household.since': 'since {date}',
  'supervision.household.unassigned': 'This household is not assigned to any worker.',
  'supervision.household.assign': 'Assign to a worker',
  'supervision.household.reassign': 'Change worker',

  'supervision.assign.title': 'Assign the household',
  'supervision.assign.current': '“{address}” is now with {name}.',
  'supervision.assign.currentNone': '“{address}” is not assigned to anyone now.',
  'supervision.assign.worker': 'Worker',
  'supervision.assign.newWorker': 'New worker',
  'supervision.assign.option': '{name} — {count, plural, one {# household} other {# households}}',
  'supervision.assign.chooseWorker': 'Choose a worker.',
  'supervision.assign.noOtherWorkers': 'There are no other workers in your places.',
  'supervision.assign.unassign': 'Unassign',
  'supervision.assign.confirmMove': '“{address}” will move from {from} to {to}.',
  'supervision.assign.confirmAssign': '“{address}” will be assigned to {to}.',
  'supervision.assign.confirmUnassign':
    '“{address}” will be taken from {from} and assigned to no one.',
  'supervision.assign.leavesPhone': 'The household will leave {from}’s phone at their next sync.',
  'supervision.assign.noPreviousPhone': 'This household is on nobody’s phone now.',
  'supervision.assign.reachesPhone': '{to} will get it on their phone at their next sync.',
  'supervision.assign.confirmButton': 'Yes, move it',
  'supervision.assign.unassignButton': 'Yes, unassign',
  'supervision.assign.done': '“{address}” is now with {name}.',
  'supervision.assign.unassigned': '“{address}” is no longer assigned to anyone.',

  'supervision.conflicts.title': 'Sync conflicts',
  'supervision.conflicts.intro':
    'A conflict arises when a phone sends a change to an old version of a record that was changed on the server in the meantime. The server’s version stays in force until you decide.',
  'supervision.conflicts.tabs': 'Conflict status',
  'supervision.conflicts.open': 'Open',
  'supervision.conflicts.resolved': 'Resolved',
  'supervision.conflicts.noneOpen': 'No open conflicts.',
  'supervision.conflicts.noneResolved': 'No conflicts have been resolved yet.',
  'supervision.conflicts.captionOpen': 'Open conflicts: {count}',
  'supervision.conflicts.captionResolved': 'Resolved conflicts: {count}',

  'supervision.conflict.title': 'Conflict: {label}',
  'supervision.conflict.record': 'Record',
  'supervision.conflict.sentBy': 'Phone version sent by',
  'supervision.conflict.sentAt': 'Sent',
  'supervision.conflict.device': 'Device',
  'supervision.conflict.status': 'Status',
  'supervision.conflict.statusOpen': 'Waiting for a decision',
  'supervision.conflict.statusResolved': 'Resolved',
  'supervision.conflict.resolution': 'Decision',
  'supervision.conflict.resolvedBy': 'Resolved by',
  'supervision.conflict.resolvedByAt': '{name}, {date}',
  'supervision.conflict.fieldCount': 'Differences',
  'supervision.conflict.fields': '{count, plural, one {# field} other {# fields}}',
  'supervision.conflict.deleteShort': 'Deleted on the phone',
  'supervision.conflict.compare': 'Compare the versions',
  'supervision.conflict.compareCaption': 'Fields that differ',
  'supervision.conflict.explained':
    '{count, plural, one {# field differs} other {# fields differ}} between the versions. For each field, choose which value to keep.',
  'supervision.conflict.deleteExplained':
    'This record was deleted on the phone while it was changed on the server. The server still keeps it.',
  'supervision.conflict.goneExplained':
    'This record no longer exists on the server. Taking the phone’s version saves it again.',
  'supervision.conflict.readOnly': 'Only a district coordinator can resolve a conflict.',
  'supervision.conflict.field': 'Field',
  'supervision.conflict.serverValue': 'Server version',
  'supervision.conflict.deviceValue': 'Phone version',
  'supervision.conflict.subValue': '{field}: {value}',
  'supervision.conflict.pickSummary':
    '{count} of {total, plural, one {# field} other {# fields}} will take the phone’s value.',
  'supervision.conflict.merge': 'Merge the chosen fields',
  'supervision.conflict.keepServer': 'Keep the server version',
  'supervision.conflict.takeDevice': 'Take the device version',
  'supervision.conflict.takeDeviceDelete': 'Delete, as on the phone',
  'supervision.conflict.invalidTitle': 'The chosen data cannot be saved. Check these fields',
  'supervision.conflict.alreadyResolved':
    'Someone else resolved this conflict before you. You can see their decision in the list of resolved conflicts.',
  'supervision.conflict.backToList': 'Back to the conflicts',
  'supervision.conflict.resolvedFlash': 'Conflict “{label}” resolved: {resolution}.',

  'supervision.resolution.server': 'server version kept',
  'supervision.resolution.device': 'phone version taken',
  'supervision.resolution.merge': 'versions merged',

  'supervision.time.now': 'just now',
  'supervision.time.minutes': '{count, plural, one {# minute ago} other {# minutes ago}}',
  'supervision.time.hours': '{count, plural, one {# hour ago} other {# hours ago}}',
  'supervision.time.days': '{count, plural, one {# day ago} other {# days ago}}',
  'supervision.time.months': '{count, plural, one {# month ago} other {# months ago}}',

  'supervision.devices.title': 'Sync monitor',
  'supervision.devices.intro':
    'Every device of the workers in your places. Devices in trouble come first: no successful sync for more than {days, plural, one {# day} other {# days}}, rejected changes or open conflicts.',
  'supervision.devices.empty': 'No device in your places has synced yet.',
  'supervision.devices.caption': 'Devices, those needing attention first',
  'supervision.devices.troubledCount':
    '{count} of {total, plural, one {# device needs} other {# devices need}} attention.',
  'supervision.devices.allWell':
    '{total, plural, one {The device is} other {All # devices are}} syncing well.',
  'supervision.devices.user': 'User',
  'supervision.devices.deviceId': 'device {id}',
  'supervision.devices.state': 'State',
  'supervision.devices.lastSuccess': 'Last successful sync',
  'supervision.devices.lastPull': 'Last pull',
  'supervision.devices.lastPush': 'Last push',
  'supervision.devices.pending': 'Unsent changes',
  'supervision.devices.rejected': 'Rejected changes',
  'supervision.devices.conflicts': 'Open conflicts',
  'supervision.devices.never': 'never',
  'supervision.devices.unknown': 'unknown',
  'supervision.devices.ok': 'All well',
  'supervision.devices.troubleUnsent': 'Changes unsent for a long time',
  'supervision.devices.troubleRejected': 'Has rejected changes',
  'supervision.devices.troubleNever': 'Has never synced successfully',
  'supervision.devices.troubleStale':
    'No sync for more than {days, plural, one {# day} other {# days}}',
  'supervision.devices.troubleConflicts': 'Has open conflicts',

  'supervision.overdue.title': 'Overdue tasks by worker',
  'supervision.overdue.intro':
    'The workers and district coordinators in your places with the overdue tasks of their families, the most overdue first. Open a worker to see their households.',
  'supervision.overdue.empty': 'There are no workers in your places.',
  'supervision.overdue.noneOverdue':
    'No overdue tasks: {total, plural, one {the worker is} other {all # workers are}} on time.',
  'supervision.overdue.someOverdue':
    '{count} of {total, plural, one {# worker has} other {# workers have}} overdue tasks.',
  'supervision.overdue.caption': 'Overdue tasks by worker on {date}',
  'supervision.overdue.worker': 'Worker',
  'supervision.overdue.households': 'Households',
  'supervision.overdue.total': 'Overdue in all',
};
