import { CBR_COMPONENTS, cbrElementsOf, isCbrElementId, type CbrElementId } from '@birge/domain';
import { Checkbox, CheckboxGroup } from 'react-aria-components';
import { Tick } from '../../../components/choice-fields.component.js';
import { FieldHeader } from '../../../components/text-field.component.js';
import { useI18n } from '../../../i18n/i18n-context.js';

/**
 * The WHO CBR matrix as checkboxes: five components, five elements each, each component a group
 * of its own (with its name as a heading), so 25 choices stay readable on a phone.
 */
export function CbrElementsField({
  id,
  value,
  onChange,
  error,
  description,
}: {
  id: string;
  value: readonly CbrElementId[];
  onChange: (value: CbrElementId[]) => void;
  error?: string | undefined;
  /** The hint under the label; by default a goal's. */
  description?: string;
}) {
  const { t, language } = useI18n();
  return (
    <CheckboxGroup
      id={id}
      className="field choice-group cbr-field"
      value={[...value]}
      onChange={(next) => onChange(next.filter(isCbrElementId))}
      isInvalid={Boolean(error)}
      isRequired
      validationBehavior="aria"
    >
      <FieldHeader
        label={t('plan.goal.elements')}
        description={description ?? t('plan.builder.elementsHint')}
        error={error}
        isRequired
      />
      {CBR_COMPONENTS.map((component) => (
        <div
          key={component.id}
          className="cbr-component"
          role="group"
          aria-labelledby={`${id}-${component.id}`}
        >
          <p id={`${id}-${component.id}`} className="cbr-component-name">
            {component.name[language]}
          </p>
          <div className="choices">
            {cbrElementsOf(component.id).map((element) => (
              <Checkbox key={element.id} value={element.id} className="checkbox">
                {({ isSelected }) => (
                  <>
                    <span className="checkbox-box" aria-hidden="true">
                      {isSelected ? <Tick /> : null}
                    </span>
                    <span className="checkbox-label">{element.name[language]}</span>
                  </>
                )}
              </Checkbox>
            ))}
          </div>
        </div>
      ))}
    </CheckboxGroup>
  );
}
