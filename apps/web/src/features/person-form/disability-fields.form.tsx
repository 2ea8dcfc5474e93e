import { CheckboxInput, SelectInput } from '../../components/choice-fields.component.js';
import { TextInput } from '../../components/text-field.component.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { FieldErrors } from './issues.js';
import type { FormOptions } from './options.js';
import type { DisabilityDraft } from './person-draft.js';

/** МСЭ decision: the details appear once a disability is established. */
export function DisabilityFields({
  value,
  onChange,
  errors,
  idPrefix,
  options,
  isDisabled,
}: {
  value: DisabilityDraft;
  onChange: (next: DisabilityDraft) => void;
  errors: FieldErrors;
  idPrefix: string;
  options: FormOptions;
  isDisabled?: boolean;
}) {
  const { t } = useI18n();
  const set = (patch: Partial<DisabilityDraft>) => onChange({ ...value, ...patch });
  const id = (path: string) => `${idPrefix}disability.${path}`;
  const err = (path: string) => errors[`disability.${path}`];
  const established = value.status === 'established';
  return (
    <fieldset className="fieldset" disabled={isDisabled}>
      <legend>{t('person.disability')}</legend>
      <SelectInput
        id={id('status')}
        label={t('person.disabilityStatus')}
        options={options.disabilityStatus}
        value={value.status}
        onChange={(status) => set({ status })}
        error={err('status')}
        isDisabled={isDisabled ?? false}
      />
      {established ? (
        <>
          <SelectInput
            id={id('category')}
            label={t('person.disabilityCategory')}
            options={options.disabilityCategory}
            value={value.category}
            onChange={(category) => set({ category })}
            error={err('category')}
            isRequired
            isDisabled={isDisabled ?? false}
          />
          {value.category !== 'child_under_7' ? (
            <SelectInput
              id={id('group')}
              label={t('person.disabilityGroup')}
              options={options.disabilityGroup}
              value={value.group}
              onChange={(group) => set({ group })}
              error={err('group')}
              isRequired={value.category !== ''}
              isDisabled={isDisabled ?? false}
            />
          ) : null}
          <TextInput
            id={id('establishedOn')}
            type="date"
            size="short"
            label={t('person.disabilityEstablishedOn')}
            value={value.establishedOn}
            onChange={(establishedOn) => set({ establishedOn })}
            error={err('establishedOn')}
            isRequired
            isDisabled={isDisabled ?? false}
          />
          <CheckboxInput
            id={id('indefinite')}
            label={t('person.disabilityIndefinite')}
            checked={value.indefinite}
            onChange={(indefinite) => set({ indefinite })}
            isDisabled={isDisabled ?? false}
          />
          {!value.indefinite ? (
            <TextInput
              id={id('reviewOn')}
              type="date"
              size="short"
              label={t('person.disabilityReviewOn')}
              value={value.reviewOn}
              onChange={(reviewOn) => set({ reviewOn })}
              error={err('reviewOn')}
              isDisabled={isDisabled ?? false}
            />
          ) : null}
          <SelectInput
            id={id('cause')}
            label={t('person.disabilityCause')}
            options={options.disabilityCause}
            value={value.cause}
            onChange={(cause) => set({ cause })}
            error={err('cause')}
            isDisabled={isDisabled ?? false}
          />
        </>
      ) : null}
    </fieldset>
  );
}
