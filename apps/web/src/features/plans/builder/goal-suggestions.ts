import {
  homeAdaptation,
  instrumentById,
  type Assessment,
  type CbrElementId,
  type GoalSource,
  type Language,
  type ScoreValue,
} from '@birge/domain';

/**
 * Goals offered from the person's assessments (issue 5): the development checklist's next targets
 * (Portage: checklist item → goal) and the home checklist's recommended adaptations. Each keeps
 * its source (assessment and item or adaptation id), so the plan says where the goal came from.
 */
export interface GoalSuggestion {
  key: string;
  title: string;
  /** What it is, in a few words: the area or the advice. */
  detail: string;
  elements: CbrElementId[];
  source: GoalSource;
}

/** Development areas and the CBR elements their goals are tagged with (domain.md §1, §8). */
const AREA_ELEMENTS: Record<string, CbrElementId[]> = {
  motor: ['health.rehabilitation', 'education.early_childhood'],
  selfHelp: ['social.personal_assistance', 'education.early_childhood'],
  language: ['empowerment.advocacy_communication', 'education.early_childhood'],
  socialization: ['social.relationships_family', 'education.early_childhood'],
};

const isRecord = (v: unknown): v is { readonly [key: string]: ScoreValue } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);

function newest(assessments: readonly Assessment[], instrument: string): Assessment | undefined {
  return assessments
    .filter((a) => a.instrument === instrument)
    .sort(
      (a, b) => b.assessedOn.localeCompare(a.assessedOn) || b.createdAt.localeCompare(a.createdAt),
    )[0];
}

export function goalSuggestions(
  assessments: readonly Assessment[],
  language: Language,
  /** Sources already used by a goal of the draft: not offered twice. */
  used: ReadonlySet<string>,
): GoalSuggestion[] {
  const suggestions: GoalSuggestion[] = [];
  const development = newest(assessments, 'development-0-6');
  const checklist = instrumentById('development-0-6');
  if (development && checklist)
    for (const entry of list(development.scores.targets)) {
      if (!isRecord(entry) || typeof entry.item !== 'string') continue;
      const item = checklist.items.find((i) => i.id === entry.item);
      const section = checklist.sections.find((s) => s.id === item?.section);
      if (!item) continue;
      suggestions.push({
        key: `${development.id}:${item.id}`,
        title: item.text[language],
        detail: section ? section.title[language] : '',
        elements: AREA_ELEMENTS[typeof entry.area === 'string' ? entry.area : ''] ?? [
          'education.early_childhood',
        ],
        source: { assessmentId: development.id, itemId: item.id },
      });
    }
  const home = newest(assessments, 'home-environment');
  if (home)
    for (const entry of list(home.scores.recommendations)) {
      if (!isRecord(entry) || typeof entry.id !== 'string') continue;
      const adaptation = homeAdaptation(entry.id);
      if (!adaptation) continue;
      suggestions.push({
        key: `${home.id}:${adaptation.id}`,
        title: adaptation.title[language],
        detail: adaptation.text[language],
        elements: [...adaptation.elements],
        source: { assessmentId: home.id, itemId: adaptation.id },
      });
    }
  return suggestions.filter((s) => !used.has(s.key));
}

/** The key a goal's source is known by in `goalSuggestions`. */
export const sourceKey = (source: GoalSource | null) =>
  source ? `${source.assessmentId}:${source.itemId ?? ''}` : '';
