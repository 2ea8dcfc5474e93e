import {
  Button,
  Checkbox,
  CheckboxGroup,
  ListBox,
  ListBoxItem,
  Popover,
  Radio,
  RadioGroup,
  Select,
  SelectValue,
  type Key,
} from 'react-aria-components';
import { useI18n } from '../i18n/i18n-context.js';
import { FieldHeader, type FieldBaseProps } from './text-field.component.js';

export interface Option<V extends string> {
  value: V;
  label: string;
  lang?: string;
}

export function Tick() {
  return (
    <svg viewBox="0 0 18 18" aria-hidden="true" focusable="false">
      <polyline points="3.5 9.5 7.5 13.5 14.5 5" />
    </svg>
  );
}

export function CheckboxInput({
  id,
  label,
  checked,
  onChange,
  isDisabled,
  description,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  isDisabled?: boolean;
  description?: string;
}) {
  return (
    <Checkbox
      id={id}
      className="checkbox"
      isSelected={checked}
      onChange={onChange}
      isDisabled={isDisabled ?? false}
    >
      <span className="checkbox-box" aria-hidden="true">
        {checked ? <Tick /> : null}
      </span>
      <span className="checkbox-label">
        {label}
        {description ? <span className="field-hint">{description}</span> : null}
      </span>
    </Checkbox>
  );
}

interface ChoiceProps<V extends string> extends FieldBaseProps {
  options: readonly Option<V>[];
}

export function CheckboxGroupInput<V extends string>({
  id,
  label,
  error,
  description,
  isRequired,
  isDisabled,
  options,
  value,
  onChange,
  columns,
}: ChoiceProps<V> & { value: readonly V[]; onChange: (value: V[]) => void; columns?: boolean }) {
  const allowed = new Set<string>(options.map((o) => o.value));
  return (
    <CheckboxGroup
      id={id}
      className="field choice-group"
      value={[...value]}
      onChange={(next) => onChange(next.filter((v): v is V => allowed.has(v)))}
      isInvalid={Boolean(error)}
      isRequired={isRequired ?? false}
      isDisabled={isDisabled ?? false}
      validationBehavior="aria"
    >
      <FieldHeader label={label} isRequired={isRequired} description={description} error={error} />
      <div className={columns ? 'choices choices-columns' : 'choices'}>
        {options.map((option) => (
          <Checkbox key={option.value} value={option.value} className="checkbox">
            {({ isSelected }) => (
              <>
                <span className="checkbox-box" aria-hidden="true">
                  {isSelected ? <Tick /> : null}
                </span>
                <span className="checkbox-label" lang={option.lang}>
                  {option.label}
                </span>
              </>
            )}
          </Checkbox>
        ))}
      </div>
    </CheckboxGroup>
  );
}

export function RadioGroupInput<V extends string>({
  id,
  label,
  error,
  description,
  isRequired,
  isDisabled,
  options,
  value,
  onChange,
  inline,
}: ChoiceProps<V> & { value: V | ''; onChange: (value: V) => void; inline?: boolean }) {
  return (
    <RadioGroup
      id={id}
      className="field choice-group"
      value={value || null}
      onChange={(next) => {
        const option = options.find((o) => o.value === next);
        if (option) onChange(option.value);
      }}
      isInvalid={Boolean(error)}
      isRequired={isRequired ?? false}
      isDisabled={isDisabled ?? false}
      validationBehavior="aria"
    >
      <FieldHeader label={label} isRequired={isRequired} description={description} error={error} />
      <div className={inline ? 'choices choices-inline' : 'choices'}>
        {options.map((option) => (
          <Radio key={option.value} value={option.value} className="radio">
            <span className="radio-dot" aria-hidden="true" />
            <span className="checkbox-label" lang={option.lang}>
              {option.label}
            </span>
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}

const NONE = '__none__';

/**
 * A single choice from a list (React Aria Select: a button that opens a list box). Optional
 * selects get a "not given" entry so a choice can be taken back.
 */
export function SelectInput<V extends string>({
  id,
  label,
  error,
  description,
  isRequired,
  isDisabled,
  options,
  value,
  onChange,
  allowEmpty = !isRequired,
  isOpen,
  onOpenChange,
  emptyLabel,
}: ChoiceProps<V> & {
  value: V | '';
  onChange: (value: V | '') => void;
  /** Offer a "not given" entry; by default optional selects do. */
  allowEmpty?: boolean;
  /** The empty entry's words, when "not given" does not fit (a filter's "any"). */
  emptyLabel?: string;
  /** Open state, when the caller controls it. */
  isOpen?: boolean;
  onOpenChange?: (isOpen: boolean) => void;
}) {
  const { t } = useI18n();
  const items = !allowEmpty
    ? options
    : [{ value: NONE, label: emptyLabel ?? t('common.notSet') } as const, ...options];
  const select = (key: Key | null) => {
    const option = options.find((o) => o.value === key);
    onChange(option ? option.value : '');
  };
  return (
    <Select
      id={id}
      className="field select"
      value={value || (allowEmpty ? NONE : null)}
      onChange={select}
      isInvalid={Boolean(error)}
      isRequired={isRequired ?? false}
      isDisabled={isDisabled ?? false}
      validationBehavior="aria"
      placeholder={t('form.choose')}
      {...(isOpen === undefined ? {} : { isOpen })}
      {...(onOpenChange ? { onOpenChange } : {})}
    >
      <FieldHeader label={label} isRequired={isRequired} description={description} error={error} />
      <Button className="input select-button">
        <SelectValue className="select-value" />
        <span className="select-chevron" aria-hidden="true">
          ▾
        </span>
      </Button>
      <Popover className="popover">
        <ListBox className="listbox" items={items}>
          {(item) => (
            <ListBoxItem id={item.value} className="listbox-item" textValue={item.label}>
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
