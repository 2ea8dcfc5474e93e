import type { ReactNode } from 'react';
import { FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components';
import { useI18n } from '../i18n/i18n-context.js';

export interface FieldBaseProps {
  /** Goes on the control, so the error summary can link to it. */
  id: string;
  label: string;
  error?: string | undefined;
  description?: ReactNode;
  isRequired?: boolean;
  isDisabled?: boolean;
}

/**
 * The label, with a visible "required" marker beside it. The marker stays outside the label so the
 * control's name is just the label (aria-required already tells screen readers).
 */
export function FieldLabel({ label, isRequired }: { label: string; isRequired?: boolean }) {
  const { t } = useI18n();
  return (
    <span className="field-label-row">
      <Label className="field-label">{label}</Label>
      {isRequired ? (
        <span className="required-mark" aria-hidden="true">
          ({t('common.required')})
        </span>
      ) : null}
    </span>
  );
}

/** What every field shows above its control: label, hint and error, in that order. */
export function FieldHeader({
  label,
  isRequired,
  description,
  error,
}: Pick<FieldBaseProps, 'label' | 'isRequired' | 'description' | 'error'>) {
  return (
    <>
      <FieldLabel label={label} isRequired={isRequired ?? false} />
      {description ? (
        <Text slot="description" className="field-hint">
          {description}
        </Text>
      ) : null}
      <FieldError className="field-error">{error}</FieldError>
    </>
  );
}

interface TextInputProps extends FieldBaseProps {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'tel' | 'date' | 'password' | 'search' | 'email';
  inputMode?: 'text' | 'numeric' | 'tel' | 'decimal' | 'search' | 'email';
  autoComplete?: string;
  maxLength?: number;
  multiline?: boolean;
  /** Width hint for short values (IIN, dates, numbers). */
  size?: 'short' | 'medium' | 'full';
  lang?: string;
}

export function TextInput({
  id,
  label,
  error,
  description,
  isRequired,
  isDisabled,
  value,
  onChange,
  type = 'text',
  inputMode,
  autoComplete,
  maxLength,
  multiline,
  size = 'full',
  lang,
}: TextInputProps) {
  return (
    <TextField
      id={id}
      className={`field field-${size}`}
      value={value}
      onChange={onChange}
      isInvalid={Boolean(error)}
      isRequired={isRequired ?? false}
      isDisabled={isDisabled ?? false}
      validationBehavior="aria"
      type={multiline ? undefined : type}
      inputMode={inputMode}
      autoComplete={autoComplete}
      maxLength={maxLength}
    >
      <FieldHeader label={label} isRequired={isRequired} description={description} error={error} />
      {multiline ? (
        <TextArea className="input textarea" rows={3} lang={lang} />
      ) : (
        <Input className="input" lang={lang} />
      )}
    </TextField>
  );
}
