import type { CbrElementId } from '../../cbr/matrix.js';
import type { AnswerCode, AnswerScale, LocalText } from '../instrument.js';

/**
 * Answer codes of the home checklist (docs/decisions/0017): every check is worded so that "yes"
 * means no barrier. 3 always means "no", whichever scale; 9 "not applicable" follows the ICF
 * convention and is a real answer (looked at, nothing to fix), not a missing one.
 */
export const HOME_YES = 1;
export const HOME_PARTLY = 2;
export const HOME_NO = 3;
export const HOME_NOT_APPLICABLE = 9;
/** Codes that mean a barrier and bring the check's adaptations. */
export const HOME_BARRIER_CODES: readonly AnswerCode[] = [HOME_PARTLY, HOME_NO];

const yes = { code: HOME_YES, label: { kk: 'Иә', ru: 'Да', en: 'Yes' } };
const partly = { code: HOME_PARTLY, label: { kk: 'Ішінара', ru: 'Частично', en: 'Partly' } };
const no = { code: HOME_NO, label: { kk: 'Жоқ', ru: 'Нет', en: 'No' } };
const notApplicable = {
  code: HOME_NOT_APPLICABLE,
  label: { kk: 'Қатысы жоқ', ru: 'Не относится', en: 'Not applicable' },
};

export const homeYesPartlyNoScale: AnswerScale = {
  id: 'home-yes-partly-no',
  options: [yes, partly, no, notApplicable],
};

/** For checks where "partly" makes no sense (a detector is there or not). */
export const homeYesNoScale: AnswerScale = {
  id: 'home-yes-no',
  options: [yes, no, notApplicable],
};

export type HomeScaleId = 'home-yes-partly-no' | 'home-yes-no';

/** A practical change to the home (or a referral) that removes a barrier, shown by id. */
export interface HomeAdaptation {
  /** Stable kebab-case id, e.g. `ramp-at-entrance`. */
  readonly id: string;
  readonly title: LocalText;
  /** One or two practical sentences: what to do, cheapest way first. */
  readonly text: LocalText;
  /** The CBR matrix elements a plan goal built from it is tagged with. */
  readonly elements: readonly CbrElementId[];
}

/** One observable check; its item id is `<section>.<id>`. */
export interface HomeCheck {
  readonly id: string;
  readonly scale: HomeScaleId;
  readonly text: LocalText;
  readonly hint?: LocalText;
  /** Ids of the adaptations suggested when the answer is "partly" or "no". */
  readonly adaptations: readonly string[];
}

export interface HomeSectionData {
  readonly id: string;
  readonly title: LocalText;
  readonly checks: readonly HomeCheck[];
  /** Adaptations first suggested in this section (checks elsewhere may point to them too). */
  readonly adaptations: readonly HomeAdaptation[];
}

/**
 * One entry of the `recommendations` score: which adaptation, from which section, tagged how (a
 * type alias, not an interface, so it is assignable to a score's JSON).
 */
export type HomeRecommendation = {
  readonly id: string;
  readonly section: string;
  readonly elements: readonly CbrElementId[];
};
