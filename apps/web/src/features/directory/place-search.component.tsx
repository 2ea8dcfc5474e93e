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
import { placeTrail } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { PlaceChoice } from './directory-repository.js';
import { MIN_PLACE_QUERY, useDirectoryPlaces } from './use-directory.js';

const acceptAll = () => true;

/**
 * A place anywhere in the classifier (region, district, town or village): type part of its name
 * and choose. The directory's place filter and the organization form both use it.
 */
export function PlaceSearch({
  id,
  label,
  hint,
  value,
  onChange,
  error,
  isRequired = false,
}: {
  id: string;
  label: string;
  hint: string;
  value: PlaceChoice | null;
  onChange: (place: PlaceChoice | null) => void;
  error?: string | undefined;
  isRequired?: boolean;
}) {
  const { t } = useI18n();
  const [input, setInput] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  useInertWhileOpen(open);
  const text = useDebouncedValue(input, 300);
  const search = useDirectoryPlaces(text !== (value?.name ?? null) ? text : '');
  const found = search.data ?? [];
  const items = value && !found.some((p) => p.code === value.code) ? [value, ...found] : found;

  const select = (key: Key | null) => {
    const place = items.find((p) => p.code === key) ?? null;
    onChange(place);
    if (place) setInput(place.name);
  };
  const waiting = input !== text || search.isFetching;
  const status =
    input.trim().length < MIN_PLACE_QUERY
      ? t('place.typeMore', { count: MIN_PLACE_QUERY })
      : waiting
        ? t('status.loading')
        : t('directory.filter.placeNone');

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
      isRequired={isRequired}
      validationBehavior="aria"
    >
      <FieldLabel label={label} isRequired={isRequired} />
      <Text slot="description" className="field-hint">
        {hint}
      </Text>
      <FieldError className="field-error">{error}</FieldError>
      <Input className="input" autoComplete="off" />
      {value && value.path.length ? <p className="place-chosen">{placeTrail(value)}</p> : null}
      <Popover className="popover" placement="bottom start">
        <ListBox
          className="listbox"
          renderEmptyState={() => <p className="listbox-empty">{status}</p>}
        >
          {(place: PlaceChoice) => (
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
