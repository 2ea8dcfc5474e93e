import {
  ACCESSIBILITY_FEATURES,
  CBR_ELEMENTS,
  ORGANIZATION_LANGUAGES,
  ORGANIZATION_SECTORS,
  ORGANIZATION_TYPE_SECTOR,
  ORGANIZATION_TYPES,
} from '@birge/domain';
import { CheckboxGroupInput, SelectInput } from '../../components/choice-fields.component.js';
import { TextInput } from '../../components/text-field.component.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { FieldErrors } from '../person-form/issues.js';
import {
  accessLabel,
  elementLabel,
  languageLabel,
  sectorLabel,
  typeLabel,
} from './directory-words.js';
import type { OrganizationDraft } from './organization-draft.js';
import { PlaceSearch } from './place-search.component.js';

export const FIELD_ID_PREFIX = 'org-';
const id = (path: string) => `${FIELD_ID_PREFIX}${path}`;

/** Every field of an organization; errors by the API's paths (`coordinates.lat`, `services`). */
export function OrganizationFields({
  draft,
  onChange,
  errors,
}: {
  draft: OrganizationDraft;
  onChange: (draft: OrganizationDraft) => void;
  errors: FieldErrors;
}) {
  const { t, language } = useI18n();
  const set = (patch: Partial<OrganizationDraft>) => onChange({ ...draft, ...patch });
  return (
    <>
      <SelectInput
        id={id('type')}
        label={t('directory.type')}
        options={ORGANIZATION_TYPES.map((type) => ({ value: type, label: typeLabel(t, type) }))}
        value={draft.type}
        // The usual sector of the kind comes with it until one is chosen.
        onChange={(type) =>
          set({ type, sector: draft.sector || (type ? ORGANIZATION_TYPE_SECTOR[type] : '') })
        }
        error={errors.type}
        isRequired
      />
      <TextInput
        id={id('name')}
        label={t('directory.form.name')}
        value={draft.name}
        onChange={(name) => set({ name })}
        error={errors.name}
        maxLength={300}
        isRequired
      />
      <fieldset className="fieldset">
        <legend>{t('directory.form.otherNames')}</legend>
        <TextInput
          id={id('names.kk')}
          label={t('directory.form.nameKk')}
          value={draft.nameKk}
          onChange={(nameKk) => set({ nameKk })}
          error={errors['names.kk']}
          lang="kk"
        />
        <TextInput
          id={id('names.ru')}
          label={t('directory.form.nameRu')}
          value={draft.nameRu}
          onChange={(nameRu) => set({ nameRu })}
          error={errors['names.ru']}
          lang="ru"
        />
        <TextInput
          id={id('names.en')}
          label={t('directory.form.nameEn')}
          value={draft.nameEn}
          onChange={(nameEn) => set({ nameEn })}
          error={errors['names.en']}
          lang="en"
        />
      </fieldset>
      <SelectInput
        id={id('sector')}
        label={t('directory.sector')}
        options={ORGANIZATION_SECTORS.map((s) => ({ value: s, label: sectorLabel(language, s) }))}
        value={draft.sector}
        onChange={(sector) => set({ sector })}
        error={errors.sector}
        isRequired
      />
      <PlaceSearch
        id={id('placeCode')}
        label={t('directory.place')}
        hint={t('directory.form.placeHint')}
        value={draft.place}
        onChange={(place) => set({ place })}
        error={errors.placeCode}
        isRequired
      />
      <TextInput
        id={id('address')}
        label={t('directory.address')}
        value={draft.address}
        onChange={(address) => set({ address })}
        error={errors.address}
        isRequired
      />
      <fieldset className="fieldset">
        <legend>{t('directory.form.coordinates')}</legend>
        <p className="field-hint">{t('directory.form.coordinatesHint')}</p>
        <div className="field-row">
          <TextInput
            id={id('coordinates.lat')}
            label={t('directory.form.lat')}
            value={draft.lat}
            onChange={(lat) => set({ lat })}
            error={errors['coordinates.lat']}
            inputMode="decimal"
            size="medium"
          />
          <TextInput
            id={id('coordinates.lon')}
            label={t('directory.form.lon')}
            value={draft.lon}
            onChange={(lon) => set({ lon })}
            error={errors['coordinates.lon']}
            inputMode="decimal"
            size="medium"
          />
        </div>
      </fieldset>
      <TextInput
        id={id('phone')}
        label={t('directory.phone')}
        description={t('form.phoneHint')}
        value={draft.phone}
        onChange={(phone) => set({ phone })}
        error={errors.phone}
        type="tel"
        inputMode="tel"
        size="medium"
      />
      <TextInput
        id={id('email')}
        label={t('directory.email')}
        value={draft.email}
        onChange={(email) => set({ email })}
        error={errors.email}
        type="email"
        inputMode="email"
      />
      <TextInput
        id={id('website')}
        label={t('directory.website')}
        value={draft.website}
        onChange={(website) => set({ website })}
        error={errors.website}
      />
      <TextInput
        id={id('openingHours')}
        label={t('directory.openingHours')}
        description={t('directory.form.openingHoursHint')}
        value={draft.openingHours}
        onChange={(openingHours) => set({ openingHours })}
        error={errors.openingHours}
      />
      <CheckboxGroupInput
        id={id('languages')}
        label={t('directory.languages')}
        options={ORGANIZATION_LANGUAGES.map((l) => ({ value: l, label: languageLabel(t, l) }))}
        value={draft.languages}
        onChange={(languages) => set({ languages })}
        error={errors.languages}
        columns
      />
      <CheckboxGroupInput
        id={id('accessibility')}
        label={t('directory.accessibility')}
        options={ACCESSIBILITY_FEATURES.map((f) => ({ value: f, label: accessLabel(t, f) }))}
        value={draft.accessibility}
        onChange={(accessibility) => set({ accessibility })}
        error={errors.accessibility}
        columns
      />
      <CheckboxGroupInput
        id={id('services')}
        label={t('directory.services')}
        options={CBR_ELEMENTS.map((e) => ({
          value: e.id,
          label: `${sectorLabel(language, e.component)}: ${elementLabel(language, e.id)}`,
        }))}
        value={draft.services}
        onChange={(services) => set({ services })}
        error={errors.services}
      />
      <TextInput
        id={id('description')}
        label={t('directory.description')}
        value={draft.description}
        onChange={(description) => set({ description })}
        error={errors.description}
        multiline
      />
    </>
  );
}
