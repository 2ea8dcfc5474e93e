import { TextInput } from '../../components/text-field.component.js';
import type { FieldErrors } from '../person-form/issues.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { CARD_LANGUAGES, fieldId, type Texts } from './card-draft.js';

/**
 * One text of a card in Kazakh, Russian and English, one control each, named "Title — Kazakh",
 * each with its `lang` so a screen reader reads it in that language. `path` is the text's path in
 * the card (`title`, `steps.2`), which is also where its errors are.
 */
export function LocalizedFields({
  path,
  name,
  value,
  onChange,
  errors,
  multiline,
  maxLength,
}: {
  path: string;
  /** What the text is, in the interface language ("Title", "Step 2"). */
  name: string;
  value: Texts;
  onChange: (value: Texts) => void;
  errors: FieldErrors;
  multiline?: boolean;
  maxLength: number;
}) {
  const { t } = useI18n();
  return (
    <div className="localized-fields">
      {CARD_LANGUAGES.map((language) => {
        const languageName = t(`card.lang.${language}`);
        return (
          <TextInput
            key={language}
            id={fieldId(`${path}.${language}`)}
            label={t('card.inLanguage', { field: name, language: languageName })}
            value={value[language]}
            onChange={(text) => onChange({ ...value, [language]: text })}
            error={errors[`${path}.${language}`]}
            lang={language}
            maxLength={maxLength}
            multiline={multiline ?? false}
            isRequired
          />
        );
      })}
    </div>
  );
}
