import { useMemo } from 'react';
import {
  CheckboxGroupInput,
  CheckboxInput,
  RadioGroupInput,
  SelectInput,
  type Option,
} from '../../components/choice-fields.component.js';
import { TextInput } from '../../components/text-field.component.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { CaregiverFields } from './caregiver-fields.form.js';
import { DisabilityFields } from './disability-fields.form.js';
import type { FieldErrors } from './issues.js';
import { formOptions } from './options.js';
import type { PersonDraft } from './person-draft.js';

/**
 * The fields of one person, shared by the registration wizard, "add a member" and "edit".
 * Without consent only the minimal fields can be changed; the rest are shown but locked.
 */
export function PersonFields({
  draft,
  onChange,
  errors,
  idPrefix,
  caregiverPeople,
  minimalOnly = false,
}: {
  draft: PersonDraft;
  onChange: (next: PersonDraft) => void;
  errors: FieldErrors;
  idPrefix: string;
  caregiverPeople: readonly Option<string>[];
  minimalOnly?: boolean;
}) {
  const { t } = useI18n();
  const options = useMemo(() => formOptions(t), [t]);
  const set = (patch: Partial<PersonDraft>) => onChange({ ...draft, ...patch });
  const id = (path: string) => `${idPrefix}${path}`;
  const locked = minimalOnly;

  return (
    <div className="person-fields">
      <TextInput
        id={id('givenName')}
        label={t('person.givenName')}
        value={draft.givenName}
        onChange={(givenName) => set({ givenName })}
        error={errors.givenName}
        autoComplete="off"
        isRequired
      />
      <TextInput
        id={id('familyName')}
        label={t('person.familyName')}
        value={draft.familyName}
        onChange={(familyName) => set({ familyName })}
        error={errors.familyName}
        autoComplete="off"
        isDisabled={locked}
      />
      <TextInput
        id={id('patronymic')}
        label={t('person.patronymic')}
        value={draft.patronymic}
        onChange={(patronymic) => set({ patronymic })}
        error={errors.patronymic}
        autoComplete="off"
        isDisabled={locked}
      />
      <RadioGroupInput
        id={id('sex')}
        label={t('person.sex')}
        options={options.sex}
        value={draft.sex}
        onChange={(sex) => set({ sex })}
        error={errors.sex}
        isRequired
        inline
      />
      <TextInput
        id={id('birthDate')}
        type="date"
        size="short"
        label={t('person.birthDate')}
        value={draft.birthDate}
        onChange={(birthDate) => set({ birthDate })}
        error={errors.birthDate}
        isRequired
      />
      <CheckboxInput
        id={id('birthDateEstimated')}
        label={t('person.birthDateEstimated')}
        checked={draft.birthDateEstimated}
        onChange={(birthDateEstimated) => set({ birthDateEstimated })}
      />
      <SelectInput
        id={id('relationToHead')}
        label={t('person.relationToHead')}
        options={options.relation}
        value={draft.relationToHead}
        onChange={(relationToHead) => set({ relationToHead })}
        error={errors.relationToHead}
        isRequired
      />
      <TextInput
        id={id('iin')}
        label={t('person.iin')}
        description={t('person.iinHint')}
        value={draft.iin}
        onChange={(iin) => set({ iin })}
        error={errors.iin}
        inputMode="numeric"
        maxLength={14}
        size="medium"
        autoComplete="off"
        isDisabled={locked}
      />
      <CheckboxGroupInput
        id={id('languages')}
        label={t('person.languages')}
        options={options.language}
        value={draft.languages}
        onChange={(languages) => set({ languages })}
        error={errors.languages}
        isDisabled={locked}
        columns
      />
      <TextInput
        id={id('phone')}
        type="tel"
        size="medium"
        label={t('person.phone')}
        description={t('form.phoneHint')}
        value={draft.phone}
        onChange={(phone) => set({ phone })}
        error={errors.phone}
        autoComplete="off"
        isDisabled={locked}
      />
      <DisabilityFields
        value={draft.disability}
        onChange={(disability) => set({ disability })}
        errors={errors}
        idPrefix={idPrefix}
        options={options}
        isDisabled={locked}
      />
      <TextInput
        id={id('icd10')}
        label={t('person.icd10')}
        description={t('person.icd10Hint')}
        value={draft.icd10}
        onChange={(icd10) => set({ icd10 })}
        error={errors.icd10}
        autoComplete="off"
        isDisabled={locked}
      />
      <CaregiverFields
        value={draft.caregivers}
        onChange={(caregivers) => set({ caregivers })}
        errors={errors}
        idPrefix={idPrefix}
        options={options}
        people={caregiverPeople}
        isDisabled={locked}
      />
      <TextInput
        id={id('notes')}
        label={t('person.notes')}
        value={draft.notes}
        onChange={(notes) => set({ notes })}
        error={errors.notes}
        multiline
        isDisabled={locked}
      />
    </div>
  );
}
