import { useEffect, useRef } from 'react';
import { Button } from 'react-aria-components';
import { focusField } from '../../components/focus.js';
import { useI18n } from '../../i18n/i18n-context.js';
import type { FieldErrors } from '../person-form/issues.js';
import { emptyTexts, fieldId, LIST_LIMITS, type ListField, type Texts } from './card-draft.js';
import { LocalizedFields } from './localized-fields.component.js';

const MAX_LENGTH: Record<ListField, number> = {
  materials: 120,
  steps: 240,
  safety: 240,
  stopSigns: 200,
};

/**
 * One of a card's lists (what you need, steps, safety, signs to stop): each item in three
 * languages, items added and removed within the list's bounds. A new item's first field takes
 * focus; after a removal focus goes to "Add", so the keyboard never falls back to the page's top.
 */
export function TextList({
  field,
  value,
  onChange,
  errors,
}: {
  field: ListField;
  value: readonly Texts[];
  onChange: (value: Texts[]) => void;
  errors: FieldErrors;
}) {
  const { t } = useI18n();
  const { min, max } = LIST_LIMITS[field];
  const legendId = `${fieldId(field)}-legend`;
  const listError = errors[field];
  const addRef = useRef<HTMLButtonElement>(null);
  // Where the keyboard goes once the list has its new length.
  const focusNext = useRef<'added' | 'add' | null>(null);

  useEffect(() => {
    const next = focusNext.current;
    focusNext.current = null;
    if (next === 'added') focusField(fieldId(`${field}.${value.length - 1}.kk`));
    if (next === 'add') addRef.current?.focus();
  }, [field, value.length]);

  const itemName = (index: number) => t(`card.item.${field}`, { n: index + 1 });
  const errorId = `${fieldId(field)}-error`;

  return (
    <fieldset
      id={fieldId(field)}
      className="fieldset card-list"
      aria-labelledby={legendId}
      aria-describedby={listError ? errorId : undefined}
    >
      <legend id={legendId}>
        <h2 className="card-section-title">{t(`card.list.${field}`)}</h2>
      </legend>
      <p className="field-hint">{t('card.listRange', { min, max })}</p>
      {listError ? (
        <p id={errorId} className="field-error">
          {listError}
        </p>
      ) : null}
      <ol className="card-list-items">
        {value.map((item, index) => {
          const headingId = `${fieldId(`${field}.${index}`)}-name`;
          return (
            <li key={index} className="card-list-item">
              <h3 id={headingId} className="card-list-item-name">
                {itemName(index)}
              </h3>
              <LocalizedFields
                path={`${field}.${index}`}
                name={itemName(index)}
                value={item}
                onChange={(next) => onChange(value.map((v, i) => (i === index ? next : v)))}
                errors={errors}
                maxLength={MAX_LENGTH[field]}
                multiline={field !== 'materials'}
              />
              {value.length > min ? (
                <Button
                  className="button secondary small"
                  aria-label={t('card.removeNamed', { item: itemName(index) })}
                  onPress={() => {
                    onChange(value.filter((_, i) => i !== index));
                    focusNext.current = 'add';
                  }}
                >
                  {t('card.remove')}
                </Button>
              ) : null}
            </li>
          );
        })}
      </ol>
      {value.length < max ? (
        <Button
          ref={addRef}
          className="button secondary"
          onPress={() => {
            onChange([...value, emptyTexts()]);
            focusNext.current = 'added';
          }}
        >
          {t(`card.add.${field}`)}
        </Button>
      ) : null}
    </fieldset>
  );
}
