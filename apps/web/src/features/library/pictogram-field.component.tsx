import { PICTOGRAM_IDS, PICTOGRAMS } from '@birge/domain';
import { Radio, RadioGroup } from 'react-aria-components';
import { FieldHeader } from '../../components/text-field.component.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { Pictogram } from '../plans/pictogram.component.js';

/**
 * The card's picture, chosen from the library's drawings (decision 0021): a group of radio
 * buttons, each the drawing with its name, so it is chosen by sight, by name or by arrow keys.
 */
export function PictogramField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const { t, language } = useI18n();
  return (
    <RadioGroup
      id={id}
      className="field choice-group"
      value={value || null}
      onChange={onChange}
      isInvalid={Boolean(error)}
      isRequired
      validationBehavior="aria"
    >
      <FieldHeader
        label={t('card.pictogram')}
        description={t('card.pictogramHint')}
        error={error}
        isRequired
      />
      <div className="pictogram-choices">
        {PICTOGRAM_IDS.map((pictogram) => (
          <Radio key={pictogram} value={pictogram} className="radio pictogram-choice">
            <span className="radio-dot" aria-hidden="true" />
            <Pictogram id={pictogram} size={48} />
            <span className="pictogram-choice-name">{PICTOGRAMS[pictogram].title[language]}</span>
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
