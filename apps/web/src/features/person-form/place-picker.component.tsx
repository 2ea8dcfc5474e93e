import { useState } from 'react';
import {
  ComboBox,
  FieldError,
  Input,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
  type Key,
} from 'react-aria-components';
import { FieldLabel } from '../../components/text-field.component.js';
import { useDebouncedValue } from '../../components/use-debounced-value.js';
import { useInertWhileOpen } from '../../components/use-inert-while-open.js';
import type { Place } from '../../data/repository.js';
import { MIN_PLACE_QUERY, usePlaceSearch } from '../../data/use-registry.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { PlaceRef } from './household-draft.js';

const acceptAll = () => true;

/**
 * Settlement picker: type part of the name, choose from the places in the worker's own area
 * (the server searches; the list shows each place with its region and district).
 */
export function PlacePicker({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: PlaceRef | null;
  onChange: (place: PlaceRef | null) => void;
  error?: string | undefined;
}) {
  const { t } = useI18n();
  const [input, setInput] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  useInertWhileOpen(open);
  const text = useDebouncedValue(input, 300);
  const searching = text !== (value?.name ?? null) ? text : '';
  const search = usePlaceSearch(searching);
  const found = search.data ?? [];
  const items: Place[] =
    value && !found.some((p) => p.code === value.code)
      ? [{ ...value, level: 4, parentCode: null, retired: false }, ...found]
      : found;

  const select = (key: Key | null) => {
    const place = items.find((p) => p.code === key);
    onChange(place ? { code: place.code, name: place.name, path: place.path } : null);
    if (place) setInput(place.name);
  };

  const waiting = input !== text || search.isFetching;
  const status =
    input.trim().length < MIN_PLACE_QUERY
      ? t('place.typeMore', { count: MIN_PLACE_QUERY })
      : waiting
        ? t('status.loading')
        : t('place.noResults');

  return (
    <ComboBox
      id={id}
      className="field combobox"
      items={items}
      inputValue={input}
      onInputChange={(next) => {
        setInput(next);
        if (value && next !== value.name) onChange(null);
      }}
      value={value?.code ?? null}
      onChange={select}
      defaultFilter={acceptAll}
      allowsEmptyCollection
      menuTrigger="input"
      onOpenChange={setOpen}
      isInvalid={Boolean(error)}
      isRequired
      validationBehavior="aria"
    >
      <FieldLabel label={t('household.place')} isRequired />
      <Text slot="description" className="field-hint">
        {t('household.placeHint')}
      </Text>
      <FieldError className="field-error">{error}</FieldError>
      <Input className="input" autoComplete="off" />
      {value ? <p className="place-chosen">{[...value.path, value.name].join(' › ')}</p> : null}
      <Popover className="popover" placement="bottom start">
        <ListBox
          className="listbox"
          renderEmptyState={() => <p className="listbox-empty">{status}</p>}
        >
          {(place: Place) => (
            <ListBoxItem id={place.code} className="listbox-item" textValue={place.name}>
              <Text slot="label" className="option-title">
                {place.name}
              </Text>
              <Text slot="description" className="option-hint">
                {place.path.join(' › ')}
              </Text>
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
