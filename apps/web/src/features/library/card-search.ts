import type { Activity, ActivityCategory } from '@birge/domain';

/** Case-blind comparison: "Отыру" finds "отыру"; Kazakh letters stay themselves. */
const fold = (text: string) => text.toLocaleLowerCase('kk').normalize('NFC').trim();

/** The cards whose title in any language contains `search`, of `category` if one is chosen. */
export function matchingCards(
  cards: readonly Activity[],
  search: string,
  category: ActivityCategory | '',
): Activity[] {
  const wanted = fold(search);
  return cards.filter(
    (card) =>
      (category === '' || card.category === category) &&
      (wanted === '' ||
        [card.title.kk, card.title.ru, card.title.en].some((title) =>
          fold(title).includes(wanted),
        )),
  );
}
