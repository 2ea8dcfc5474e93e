import {
  visibleItems,
  type Answer,
  type AnswerContext,
  type InstrumentDefinition,
  type InstrumentItem,
} from '@birge/domain';

/**
 * Where the one-question-per-screen form is, and how Back and Next move through it. Positions
 * are item ids, not indexes: answering a screener adds or removes later questions (skip rules
 * applied live with `visibleItems`), and the worker must stay on the question they are on.
 */
export type FormPosition =
  { readonly kind: 'item'; readonly item: string } | { readonly kind: 'review' };

export interface FormState {
  readonly answers: Readonly<Record<string, Answer>>;
  readonly position: FormPosition;
  /**
   * The worker came to this question from the review ("change"): Next goes to the next question
   * still unanswered (a changed screener may have opened new ones), or back to the review.
   */
  readonly fromReview: boolean;
}

export interface FormEnv {
  readonly definition: InstrumentDefinition;
  readonly context: AnswerContext;
}

export type FormAction =
  | { readonly type: 'answer'; readonly item: string; readonly answer: Answer }
  | { readonly type: 'next' }
  | { readonly type: 'back' }
  | { readonly type: 'change'; readonly item: string }
  | { readonly type: 'review' };

export interface StepInfo {
  /** 1-based number of the question among those asked now. */
  readonly number: number;
  readonly total: number;
  readonly item: InstrumentItem;
}

const itemsOf = (env: FormEnv, answers: FormState['answers']) =>
  visibleItems(env.definition, answers, env.context);

/** Index among the asked items; a question the rules just hid counts from where it stood. */
function indexOf(env: FormEnv, asked: readonly InstrumentItem[], item: string): number {
  const found = asked.findIndex((i) => i.id === item);
  if (found >= 0) return found;
  const order = env.definition.items.findIndex((i) => i.id === item);
  const after = asked.findIndex((i) => env.definition.items.indexOf(i) > order);
  return (after < 0 ? asked.length : after) - 0.5;
}

/**
 * Where a form opens: a fresh one at its first question; a draft at its first unanswered question
 * (or the review when none is left); `review` for corrections of a complete assessment.
 */
export function startState(
  env: FormEnv,
  answers: FormState['answers'],
  open: 'first' | 'resume' | 'review',
): FormState {
  const asked = itemsOf(env, answers);
  const first = asked[0];
  if (open === 'review' || !first)
    return { answers, position: { kind: 'review' }, fromReview: false };
  if (open === 'first')
    return { answers, position: { kind: 'item', item: first.id }, fromReview: false };
  const open1 = asked.find((i) => answers[i.id] === undefined);
  return {
    answers,
    position: open1 ? { kind: 'item', item: open1.id } : { kind: 'review' },
    fromReview: false,
  };
}

/** The question shown now with its number among the questions asked, or null on the review. */
export function stepInfo(env: FormEnv, state: FormState): StepInfo | null {
  const { position } = state;
  if (position.kind !== 'item') return null;
  const asked = itemsOf(env, state.answers);
  const index = asked.findIndex((i) => i.id === position.item);
  const item = asked[index];
  if (!item) return null;
  return { number: index + 1, total: asked.length, item };
}

function next(env: FormEnv, state: FormState): FormState {
  if (state.position.kind !== 'item') return state;
  const asked = itemsOf(env, state.answers);
  const index = indexOf(env, asked, state.position.item);
  const later = asked.filter((_, i) => i > index);
  const target = state.fromReview ? later.find((i) => state.answers[i.id] === undefined) : later[0];
  return target
    ? { ...state, position: { kind: 'item', item: target.id } }
    : { ...state, position: { kind: 'review' }, fromReview: false };
}

function back(env: FormEnv, state: FormState): FormState {
  const asked = itemsOf(env, state.answers);
  if (state.position.kind === 'review') {
    const last = asked.at(-1);
    return last
      ? { ...state, position: { kind: 'item', item: last.id }, fromReview: false }
      : state;
  }
  const index = indexOf(env, asked, state.position.item);
  const earlier = asked.filter((_, i) => i < index).at(-1);
  return earlier ? { ...state, position: { kind: 'item', item: earlier.id } } : state;
}

export function formReducer(env: FormEnv, state: FormState, action: FormAction): FormState {
  switch (action.type) {
    case 'answer':
      // Answers to questions the rules later hide stay in memory (changing a screener back
      // restores them); cleanAnswers drops them before anything is saved or scored.
      return { ...state, answers: { ...state.answers, [action.item]: action.answer } };
    case 'next':
      return next(env, state);
    case 'back':
      return back(env, state);
    case 'change':
      return { ...state, position: { kind: 'item', item: action.item }, fromReview: true };
    case 'review':
      return { ...state, position: { kind: 'review' }, fromReview: false };
  }
}

/** Whether Back leads anywhere from here (the first question has nothing before it). */
export function canGoBack(env: FormEnv, state: FormState): boolean {
  return back(env, state) !== state;
}

/** The asked questions still without an answer ("don't know" and "refused" are answers). */
export function unansweredItems(env: FormEnv, answers: FormState['answers']): InstrumentItem[] {
  return itemsOf(env, answers).filter((i) => answers[i.id] === undefined);
}
