import { yesNoScale, type InstrumentDefinition } from '@birge/domain';

const text = (en: string) => ({ kk: en, ru: en, en });

/**
 * A small instrument for the form's tests: a screener `aid` (1 yes, 2 no) whose "yes" opens
 * `withAid`, then `last`; two sections; one score of each plot kind.
 */
export const testInstrument: InstrumentDefinition = {
  id: 'wg-ss',
  version: 'test',
  title: text('Test'),
  summary: text('A test instrument'),
  source: 'tests',
  respondent: 'person',
  ages: { minMonths: 0, maxMonths: null },
  sections: [
    { id: 'first', title: text('First part') },
    { id: 'second', title: text('Second part') },
  ],
  scales: [yesNoScale],
  items: [
    { id: 'aid', section: 'first', scale: 'yes-no', text: text('Uses an aid?') },
    {
      id: 'withAid',
      section: 'first',
      scale: 'yes-no',
      text: text('Difficulty with the aid?'),
      when: { item: 'aid', in: [1] },
    },
    { id: 'last', section: 'second', scale: 'yes-no', text: text('Last question?') },
  ],
  scores: [],
  score: () => ({}),
};
