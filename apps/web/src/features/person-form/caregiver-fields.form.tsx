import { Button } from 'react-aria-components';
import {
  CheckboxInput,
  SelectInput,
  type Option,
} from '../../components/choice-fields.component.js';
import { focusField } from '../../components/focus.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { FieldErrors } from './issues.js';
import type { FormOptions } from './options.js';
import type { CaregiverDraft } from './person-draft.js';

/** Who looks after the person, chosen among the other members of the household. */
export function CaregiverFields({
  value,
  onChange,
  errors,
  idPrefix,
  options,
  people,
  isDisabled,
}: {
  value: CaregiverDraft[];
  onChange: (next: CaregiverDraft[]) => void;
  errors: FieldErrors;
  idPrefix: string;
  options: FormOptions;
  /** The other members: id → name. */
  people: readonly Option<string>[];
  isDisabled?: boolean;
}) {
  const { t } = useI18n();
  const update = (index: number, patch: Partial<CaregiverDraft>) =>
    onChange(value.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  const add = () => {
    onChange([
      ...value,
      { personId: '', relation: '', primary: value.length === 0, legalRepresentative: false },
    ]);
    // Focus the new row's first control once it is rendered.
    window.setTimeout(() => focusField(`${idPrefix}caregivers.${value.length}.personId`), 0);
  };
  const remove = (index: number) => onChange(value.filter((_, i) => i !== index));

  return (
    <fieldset className="fieldset" disabled={isDisabled}>
      <legend>{t('person.caregivers')}</legend>
      {people.length === 0 ? <p className="field-hint">{t('caregiver.noOtherMembers')}</p> : null}
      {value.map((caregiver, index) => {
        const base = `caregivers.${index}`;
        const name = people.find((p) => p.value === caregiver.personId)?.label;
        return (
          <div key={index} className="subform">
            <SelectInput
              id={`${idPrefix}${base}.personId`}
              label={t('caregiver.person', { n: index + 1 })}
              options={people}
              value={caregiver.personId}
              onChange={(personId) => update(index, { personId })}
              error={errors[`${base}.personId`]}
              isRequired
              isDisabled={isDisabled ?? false}
            />
            <SelectInput
              id={`${idPrefix}${base}.relation`}
              label={t('person.caregiverRelation')}
              options={options.caregiver}
              value={caregiver.relation}
              onChange={(relation) => update(index, { relation })}
              error={errors[`${base}.relation`]}
              isRequired
              isDisabled={isDisabled ?? false}
            />
            <CheckboxInput
              id={`${idPrefix}${base}.primary`}
              label={t('person.caregiverPrimary')}
              checked={caregiver.primary}
              onChange={(primary) => update(index, { primary })}
              isDisabled={isDisabled ?? false}
            />
            <CheckboxInput
              id={`${idPrefix}${base}.legalRepresentative`}
              label={t('person.caregiverLegal')}
              checked={caregiver.legalRepresentative}
              onChange={(legalRepresentative) => update(index, { legalRepresentative })}
              isDisabled={isDisabled ?? false}
            />
            <Button
              className="button link danger"
              onPress={() => remove(index)}
              isDisabled={isDisabled ?? false}
            >
              {t('caregiver.remove', { name: name ?? t('caregiver.person', { n: index + 1 }) })}
            </Button>
          </div>
        );
      })}
      {people.length > 0 ? (
        <Button className="button secondary" onPress={add} isDisabled={isDisabled ?? false}>
          <span aria-hidden="true">+ </span>
          {t('caregiver.add')}
        </Button>
      ) : null}
    </fieldset>
  );
}
