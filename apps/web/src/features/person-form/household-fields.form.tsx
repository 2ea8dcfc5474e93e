import { useMemo } from 'react';
import {
  CheckboxGroupInput,
  RadioGroupInput,
  SelectInput,
} from '../../components/choice-fields.component.js';
import { TextInput } from '../../components/text-field.component.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { HouseholdDraft, TriState } from './household-draft.js';
import type { FieldErrors } from './issues.js';
import { formOptions } from './options.js';
import { PlacePicker } from './place-picker.component.js';

export function HouseholdFields({
  draft,
  onChange,
  errors,
  idPrefix,
}: {
  draft: HouseholdDraft;
  onChange: (next: HouseholdDraft) => void;
  errors: FieldErrors;
  idPrefix: string;
}) {
  const { t } = useI18n();
  const options = useMemo(() => formOptions(t), [t]);
  const set = (patch: Partial<HouseholdDraft>) => onChange({ ...draft, ...patch });
  const id = (path: string) => `${idPrefix}${path}`;
  const living = (path: string) => errors[`livingConditions.${path}`];
  const yesNo = [...options.yesNo, { value: 'unknown' as const, label: t('common.unknown') }];
  const triValue = (value: TriState) => (value === '' ? 'unknown' : value);
  const fromTri = (value: 'yes' | 'no' | 'unknown'): TriState => (value === 'unknown' ? '' : value);

  return (
    <div className="household-fields">
      <PlacePicker
        id={id('placeCode')}
        value={draft.place}
        onChange={(place) => set({ place })}
        error={errors.placeCode}
      />
      <TextInput
        id={id('address')}
        label={t('household.address')}
        description={t('household.addressHint')}
        value={draft.address}
        onChange={(address) => set({ address })}
        error={errors.address}
        autoComplete="off"
        isRequired
      />
      <TextInput
        id={id('landmark')}
        label={t('household.landmark')}
        description={t('household.landmarkHint')}
        value={draft.landmark}
        onChange={(landmark) => set({ landmark })}
        error={errors.landmark}
        autoComplete="off"
      />
      <TextInput
        id={id('phone')}
        type="tel"
        size="medium"
        label={t('household.phone')}
        description={t('form.phoneHint')}
        value={draft.phone}
        onChange={(phone) => set({ phone })}
        error={errors.phone}
        autoComplete="off"
      />
      <fieldset className="fieldset">
        <legend>{t('household.living')}</legend>
        <SelectInput
          id={id('livingConditions.dwelling')}
          label={t('household.dwelling')}
          options={options.dwelling}
          value={draft.dwelling}
          onChange={(dwelling) => set({ dwelling })}
          error={living('dwelling')}
        />
        <div className="field-row">
          <TextInput
            id={id('livingConditions.rooms')}
            size="short"
            inputMode="numeric"
            label={t('household.rooms')}
            value={draft.rooms}
            onChange={(rooms) => set({ rooms })}
            error={living('rooms')}
          />
          <TextInput
            id={id('livingConditions.floor')}
            size="short"
            inputMode="numeric"
            label={t('household.floor')}
            value={draft.floor}
            onChange={(floor) => set({ floor })}
            error={living('floor')}
          />
        </div>
        <RadioGroupInput
          id={id('livingConditions.elevator')}
          label={t('household.elevator')}
          options={yesNo}
          value={triValue(draft.elevator)}
          onChange={(value) => set({ elevator: fromTri(value) })}
          inline
        />
        <SelectInput
          id={id('livingConditions.water')}
          label={t('household.water')}
          options={options.water}
          value={draft.water}
          onChange={(water) => set({ water })}
          error={living('water')}
        />
        <SelectInput
          id={id('livingConditions.sanitation')}
          label={t('household.sanitation')}
          options={options.sanitation}
          value={draft.sanitation}
          onChange={(sanitation) => set({ sanitation })}
          error={living('sanitation')}
        />
        <SelectInput
          id={id('livingConditions.heating')}
          label={t('household.heating')}
          options={options.heating}
          value={draft.heating}
          onChange={(heating) => set({ heating })}
          error={living('heating')}
        />
        <RadioGroupInput
          id={id('livingConditions.electricity')}
          label={t('household.electricity')}
          options={yesNo}
          value={triValue(draft.electricity)}
          onChange={(value) => set({ electricity: fromTri(value) })}
          inline
        />
      </fieldset>
      <CheckboxGroupInput
        id={id('livingConditions.povertyMarkers')}
        label={t('household.poverty')}
        description={t('household.povertyHint')}
        options={options.poverty}
        value={draft.povertyMarkers}
        onChange={(povertyMarkers) => set({ povertyMarkers })}
        error={living('povertyMarkers')}
      />
      <TextInput
        id={id('notes')}
        label={t('household.notes')}
        value={draft.notes}
        onChange={(notes) => set({ notes })}
        error={errors.notes}
        multiline
      />
    </div>
  );
}
