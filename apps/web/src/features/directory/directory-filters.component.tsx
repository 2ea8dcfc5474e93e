import {
  ACCESSIBILITY_FEATURES,
  CBR_ELEMENTS,
  ORGANIZATION_SECTORS,
  ORGANIZATION_TYPES,
} from '@birge/domain';
import { Button } from 'react-aria-components';
import { CheckboxGroupInput, SelectInput } from '../../components/choice-fields.component.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { DirectoryState } from './directory-filter.js';
import { hasFilters } from './directory-filter.js';
import { accessLabel, elementLabel, sectorLabel, typeLabel } from './directory-words.js';
import { PlaceSearch } from './place-search.component.js';

/** Place, sector, kind, CBR element and accessibility; folded on a phone until opened. */
export function DirectoryFilters({
  state,
  onChange,
}: {
  state: DirectoryState;
  onChange: (next: DirectoryState) => void;
}) {
  const { t, language } = useI18n();
  const set = (patch: Partial<DirectoryState>) => onChange({ ...state, ...patch });
  const any = t('directory.filter.any');
  const active = hasFilters(state);
  return (
    <details className="directory-filters card" open={active || undefined}>
      <summary>{t('directory.filters')}</summary>
      <div className="directory-filter-fields">
        <PlaceSearch
          // A new chosen place (or none) starts the field again from its name.
          key={state.place ?? ''}
          id="filter-place"
          label={t('directory.filter.place')}
          hint={t('directory.filter.placeHint')}
          value={
            state.place
              ? { code: state.place, name: state.placeName || state.place, path: [] }
              : null
          }
          onChange={(place) => set({ place: place?.code ?? null, placeName: place?.name ?? '' })}
        />
        <SelectInput
          id="filter-sector"
          label={t('directory.filter.sector')}
          options={ORGANIZATION_SECTORS.map((s) => ({ value: s, label: sectorLabel(language, s) }))}
          value={state.sector ?? ''}
          onChange={(sector) => set({ sector: sector || null })}
          emptyLabel={any}
        />
        <SelectInput
          id="filter-type"
          label={t('directory.filter.type')}
          options={ORGANIZATION_TYPES.map((type) => ({ value: type, label: typeLabel(t, type) }))}
          value={state.type ?? ''}
          onChange={(type) => set({ type: type || null })}
          emptyLabel={any}
        />
        <SelectInput
          id="filter-element"
          label={t('directory.filter.element')}
          options={CBR_ELEMENTS.map((e) => ({
            value: e.id,
            label: `${sectorLabel(language, e.component)}: ${elementLabel(language, e.id)}`,
          }))}
          value={state.element ?? ''}
          onChange={(element) => set({ element: element || null })}
          emptyLabel={any}
        />
        <CheckboxGroupInput
          id="filter-access"
          label={t('directory.filter.accessibility')}
          description={t('directory.filter.accessibilityHint')}
          options={ACCESSIBILITY_FEATURES.map((f) => ({ value: f, label: accessLabel(t, f) }))}
          value={state.accessibility}
          onChange={(accessibility) => set({ accessibility })}
          columns
        />
        {active ? (
          <Button
            className="button secondary"
            onPress={() =>
              set({
                place: null,
                placeName: '',
                sector: null,
                type: null,
                element: null,
                accessibility: [],
              })
            }
          >
            {t('directory.filter.clear')}
          </Button>
        ) : null}
      </div>
    </details>
  );
}
