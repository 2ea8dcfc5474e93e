/** Query keys in one place, so writes invalidate exactly what they change. */
export const queryKeys = {
  session: ['session'] as const,
  instance: ['instance'] as const,
  places: (text: string) => ['places', text] as const,
  households: ['households'] as const,
  householdList: (q: string) => ['households', 'list', q] as const,
  household: (id: string) => ['households', 'one', id] as const,
  persons: ['persons'] as const,
  person: (id: string) => ['persons', 'one', id] as const,
  personHistory: (id: string) => ['persons', 'history', id] as const,
  audit: ['audit'] as const,
  assessments: ['assessments'] as const,
  personAssessments: (personId: string) => ['assessments', 'person', personId] as const,
  assessment: (id: string) => ['assessments', 'one', id] as const,
};
