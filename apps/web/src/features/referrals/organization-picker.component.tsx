import {
  ACCESSIBILITY_FEATURES,
  CBR_COMPONENTS,
  ORGANIZATION_TYPES,
  organizationDisplayName,
  type Organization,
} from '@birge/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { CheckboxGroupInput, SelectInput } from '../../components/choice-fields.component.js';
import { Loading } from '../../components/query-state.component.js';
import { TextInput } from '../../components/text-field.component.js';
import { useDebouncedValue } from '../../components/use-debounced-value.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { useOrganizationSearch } from '../../data/use-referrals.js';
import { useI18n } from '../../i18n/i18n-context.js';

/** The district part of a KATO code (region and district: the first four digits). */
const districtOf = (code: string) => code.slice(0, 4);

/** The person's district first, then the nearest (when the directory knows), then by name. */
export function orderForPerson(list: readonly Organization[], placeCode: string | null) {
  const district = placeCode ? districtOf(placeCode) : null;
  const near = (o: Organization) => (district && districtOf(o.placeCode) === district ? 0 : 1);
  return [...list].sort(
    (a, b) =>
      near(a) - near(b) ||
      (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) ||
      a.name.localeCompare(b.name),
  );
}

/**
 * "Choose an organization": search the directory by words, type, sector and accessibility; the
 * person's district first. The chosen one stays shown with a way to choose another.
 */
export function OrganizationPicker({
  id,
  placeCode,
  chosen,
  onChoose,
  error,
}: {
  id: string;
  placeCode: string | null;
  chosen: Organization | null;
  onChoose: (organization: Organization | null) => void;
  error?: string | undefined;
}) {
  const { t, language } = useI18n();
  const [text, setText] = useState('');
  const [type, setType] = useState('');
  const [sector, setSector] = useState('');
  const [access, setAccess] = useState<string[]>([]);
  const q = useDebouncedValue(text, 300);
  const search = useOrganizationSearch({ q, type, sector, accessibility: access });
  const offline = isRepositoryError(search.error) && search.error.code === 'network';

  if (chosen)
    return (
      <div className="field" id={id} tabIndex={-1}>
        <p className="field-label">{t('referrals.org.legend')}</p>
        <p>
          <strong>
            {t('referrals.org.chosen', { name: organizationDisplayName(chosen, language) })}
          </strong>
        </p>
        <p className="muted">{chosen.address}</p>
        <Button className="button secondary" onPress={() => onChoose(null)}>
          {t('referrals.org.change')}
        </Button>
      </div>
    );

  const results = orderForPerson(search.data ?? [], placeCode);
  const nameOf = (o: Organization) => organizationDisplayName(o, language);
  const district = placeCode ? districtOf(placeCode) : null;
  return (
    <fieldset
      className="field"
      id={id}
      tabIndex={-1}
      aria-describedby={error ? `${id}-error` : undefined}
    >
      <legend className="field-label">
        {t('referrals.org.legend')} <span className="required-mark">({t('common.required')})</span>
      </legend>
      {error ? (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <TextInput
        id={`${id}-q`}
        type="search"
        label={t('referrals.org.search')}
        description={t('referrals.org.searchHint')}
        value={text}
        onChange={setText}
      />
      <div className="filters">
        <SelectInput
          id={`${id}-type`}
          label={t('referrals.org.type')}
          options={ORGANIZATION_TYPES.map((v) => ({
            value: v,
            label: t(`referrals.orgType.${v}`),
          }))}
          value={type}
          onChange={setType}
        />
        <SelectInput
          id={`${id}-sector`}
          label={t('referrals.org.sector')}
          options={CBR_COMPONENTS.map((c) => ({ value: c.id, label: c.name[language] }))}
          value={sector}
          onChange={setSector}
        />
      </div>
      <CheckboxGroupInput
        id={`${id}-access`}
        label={t('referrals.org.access')}
        options={ACCESSIBILITY_FEATURES.map((v) => ({
          value: v,
          label: t(`referrals.feature.${v}`),
        }))}
        value={access}
        onChange={setAccess}
        columns
      />
      {offline ? <p className="notice notice-info">{t('referrals.org.offline')}</p> : null}
      {search.isPending ? <Loading /> : null}
      {search.data && results.length === 0 ? (
        <p className="muted">{t('referrals.org.none')}</p>
      ) : null}
      <ul className="organization-results" aria-label={t('referrals.org.results')}>
        {results.map((o) => (
          <li key={o.id}>
            <p>
              <strong>{nameOf(o)}</strong> · {t(`referrals.orgType.${o.type}`)}
            </p>
            <p>{o.address}</p>
            {district && districtOf(o.placeCode) === district ? (
              <p className="muted">{t('referrals.org.nearby')}</p>
            ) : null}
            {typeof o.distanceKm === 'number' ? (
              <p className="muted">
                {t('referrals.org.distance', { km: o.distanceKm.toFixed(1) })}
              </p>
            ) : null}
            {o.accessibility.length ? (
              <p className="muted">
                {t('referrals.org.accessibilityList', {
                  list: o.accessibility.map((f) => t(`referrals.feature.${f}`)).join(', '),
                })}
              </p>
            ) : null}
            <Button className="button secondary" onPress={() => onChoose(o)}>
              {t('referrals.org.choose', { name: nameOf(o) })}
            </Button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
