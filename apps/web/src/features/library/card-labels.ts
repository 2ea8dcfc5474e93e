import type { Translate } from '@birge/domain';
import { LIST_FIELDS, type ListField } from './card-draft.js';

const isList = (name: string | undefined): name is ListField =>
  (LIST_FIELDS as readonly string[]).includes(name ?? '');
const isLanguage = (name: string | undefined): name is 'kk' | 'ru' | 'en' =>
  name === 'kk' || name === 'ru' || name === 'en';

/** What an error's path is called on the form, so the summary says which field it is about. */
export function cardFieldName(path: string, t: Translate): string {
  const [head, second, third] = path.split('.');
  const inLanguage = (field: string, language: string | undefined) =>
    isLanguage(language)
      ? t('card.inLanguage', { field, language: t(`card.lang.${language}`) })
      : field;
  switch (head ?? '') {
    case 'id':
      return t('card.id');
    case 'category':
      return t('plan.activity.category');
    case 'ages':
      if (second === 'minMonths') return t('card.minMonths');
      if (second === 'maxMonths') return t('card.maxMonths');
      return t('card.ages');
    case 'elements':
      return t('plan.goal.elements');
    case 'title':
      return inLanguage(t('card.field.title'), second);
    case 'purpose':
      return inLanguage(t('card.field.purpose'), second);
    case 'pictogram':
      return t('card.pictogram');
    default:
      if (isList(head)) {
        const index = Number(second);
        if (second === undefined || !Number.isInteger(index)) return t(`card.list.${head}`);
        return inLanguage(t(`card.item.${head}`, { n: index + 1 }), third);
      }
      return path;
  }
}
