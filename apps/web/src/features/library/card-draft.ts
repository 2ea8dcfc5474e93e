import {
  activityInputSchema,
  activityUpdateSchema,
  LANGUAGES,
  MAX_ACTIVITY_STEPS,
  MIN_ACTIVITY_STEPS,
  type Activity,
  type ActivityCategory,
  type ActivityInput,
  type ActivityUpdate,
  type CbrElementId,
  type Language,
} from '@birge/domain';
import type { SchemaIssue } from '../person-form/issues.js';

/** One text in each language, as the form holds it. */
export type Texts = Record<Language, string>;

/** The card's lists of texts, each with its bounds (the domain schema's, decision 0021). */
export const LIST_FIELDS = ['materials', 'steps', 'safety', 'stopSigns'] as const;
export type ListField = (typeof LIST_FIELDS)[number];
export const LIST_LIMITS: Record<ListField, { min: number; max: number }> = {
  materials: { min: 0, max: 8 },
  steps: { min: MIN_ACTIVITY_STEPS, max: MAX_ACTIVITY_STEPS },
  safety: { min: 1, max: 5 },
  stopSigns: { min: 1, max: 6 },
};

/** A card being written: numbers as typed, every list as long as the admin made it. */
export interface CardDraft {
  id: string;
  category: ActivityCategory | '';
  minMonths: string;
  maxMonths: string;
  elements: CbrElementId[];
  title: Texts;
  purpose: Texts;
  materials: Texts[];
  steps: Texts[];
  safety: Texts[];
  stopSigns: Texts[];
  pictogram: string;
  retired: boolean;
}

export const emptyTexts = (): Texts => ({ kk: '', ru: '', en: '' });

const copy = (t: Texts): Texts => ({ kk: t.kk, ru: t.ru, en: t.en });

/** A new card: the fewest items each list needs, ready to fill. */
export function emptyDraft(): CardDraft {
  const items = (n: number) => Array.from({ length: n }, emptyTexts);
  return {
    id: '',
    category: '',
    minMonths: '0',
    maxMonths: '',
    elements: [],
    title: emptyTexts(),
    purpose: emptyTexts(),
    materials: [],
    steps: items(LIST_LIMITS.steps.min),
    safety: items(1),
    stopSigns: items(1),
    pictogram: '',
    retired: false,
  };
}

/** The form's copy of a stored card. */
export function draftOf(card: Activity): CardDraft {
  return {
    id: card.id,
    category: card.category,
    minMonths: String(card.ages.minMonths),
    maxMonths: card.ages.maxMonths === null ? '' : String(card.ages.maxMonths),
    elements: [...card.elements],
    title: copy(card.title),
    purpose: copy(card.purpose),
    materials: card.materials.map(copy),
    steps: card.steps.map(copy),
    safety: card.safety.map(copy),
    stopSigns: card.stopSigns.map(copy),
    pictogram: card.pictogram,
    retired: card.retired,
  };
}

/** A typed whole number of months; blank is "not given" (undefined), anything else a number. */
function months(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

function content(draft: CardDraft) {
  const max = months(draft.maxMonths);
  return {
    category: draft.category,
    ages: { minMonths: months(draft.minMonths), maxMonths: max === undefined ? null : max },
    elements: draft.elements,
    title: draft.title,
    purpose: draft.purpose,
    materials: draft.materials,
    steps: draft.steps,
    safety: draft.safety,
    stopSigns: draft.stopSigns,
    pictogram: draft.pictogram,
  };
}

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: SchemaIssue[] };

/** A blank lower age is a missing answer, not a wrong number: say "required". */
function withBlankAges(draft: CardDraft, issues: readonly SchemaIssue[]): SchemaIssue[] {
  const blank = draft.minMonths.trim() === '';
  return issues.map((issue) =>
    blank && issue.path.join('.') === 'ages.minMonths'
      ? { ...issue, message: 'validation.required' }
      : issue,
  );
}

/** A new card checked with the schema the server applies (`POST /activities`). */
export function checkNewCard(draft: CardDraft): Checked<ActivityInput> {
  const result = activityInputSchema.safeParse({ id: draft.id.trim(), ...content(draft) });
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: withBlankAges(draft, result.error.issues) };
}

/** A change of a card based on `version`, checked as `PUT /activities/{id}` checks it. */
export function checkCardUpdate(draft: CardDraft, version: number): Checked<ActivityUpdate> {
  const result = activityUpdateSchema.safeParse({
    version,
    ...content(draft),
    retired: draft.retired,
  });
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: withBlankAges(draft, result.error.issues) };
}

/** The control an error's path belongs to: `steps.2.kk` → `card-steps-2-kk`. */
export function fieldId(path: string): string {
  return `card-${path.replace(/\./g, '-')}`;
}

/** Every language, in the order the form shows them (Kazakh first). */
export const CARD_LANGUAGES: readonly Language[] = LANGUAGES;
