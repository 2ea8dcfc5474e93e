import { useMemo } from 'react';
import {
  CheckboxGroupInput,
  RadioGroupInput,
  SelectInput,
  type Option,
} from '../../components/choice-fields.component.js';
import { TextInput } from '../../components/text-field.component.js';
import { useI18n } from '../../i18n/i18n-context.js';
import {
  effectiveGiver,
  representativeSource,
  withGivenOn,
  type ConsentDraft,
} from './consent-draft.js';
import type { FieldErrors } from './issues.js';
import { formOptions } from './options.js';
import { isMinor } from './person-draft.js';

/**
 * One consent: who gave it (the person, or for a child the legal representative), for what,
 * how, and for how long. Paths in `errors` are relative to the consent (`givenOn`).
 */
export function ConsentFields({
  draft,
  onChange,
  errors,
  idPrefix,
  birthDate,
  today,
  representatives,
  allowSkip = false,
}: {
  draft: ConsentDraft;
  onChange: (next: ConsentDraft) => void;
  errors: FieldErrors;
  idPrefix: string;
  birthDate: string;
  today: string;
  /** Adult members who can be the legal representative: id → name. */
  representatives: readonly Option<string>[];
  /** Offer "continue without consent (minimal data only)". */
  allowSkip?: boolean;
}) {
  const { t } = useI18n();
  const options = useMemo(() => formOptions(t), [t]);
  const set = (patch: Partial<ConsentDraft>) => onChange({ ...draft, ...patch });
  const id = (path: string) => `${idPrefix}${path}`;
  const giver = effectiveGiver(draft, birthDate, today);
  const minor = isMinor(birthDate, today);
  const source = representativeSource(draft, representatives.length > 0);

  return (
    <div className="consent-fields">
      {allowSkip ? (
        <RadioGroupInput
          id={id('decision')}
          label={t('consent.decision')}
          options={[
            { value: 'consent', label: t('consent.decisionGiven') },
            { value: 'skip', label: t('consent.skip') },
          ]}
          value={draft.decision}
          onChange={(decision) => set({ decision })}
          isRequired
        />
      ) : null}
      {draft.decision === 'skip' ? (
        <p className="notice notice-warn">{t('person.minimalRecord')}</p>
      ) : (
        <>
          <RadioGroupInput
            id={id('givenBy')}
            label={t('consent.givenBy')}
            description={minor ? t('consent.minor_needs_representative') : undefined}
            options={options.consentGiver}
            value={giver}
            onChange={(givenBy) => set({ givenBy })}
            error={errors.givenBy}
            isRequired
            inline
          />
          {giver === 'representative' ? (
            <fieldset className="fieldset">
              <legend>{t('enum.consentGiver.representative')}</legend>
              {representatives.length ? (
                <RadioGroupInput
                  id={id('representativeSource')}
                  label={t('consent.representativeSource')}
                  options={[
                    { value: 'member', label: t('consent.representativeFromMembers') },
                    { value: 'other', label: t('consent.representativeOther') },
                  ]}
                  value={source}
                  onChange={(representativeSource) => set({ representativeSource })}
                />
              ) : null}
              {source === 'member' ? (
                <SelectInput
                  id={id('representativePersonId')}
                  label={t('consent.representativePerson')}
                  options={representatives}
                  value={draft.representativePersonId}
                  onChange={(representativePersonId) => set({ representativePersonId })}
                  error={errors.representativePersonId}
                  isRequired
                />
              ) : (
                <TextInput
                  id={id('representativeName')}
                  label={t('consent.representativeName')}
                  value={draft.representativeName}
                  onChange={(representativeName) => set({ representativeName })}
                  error={errors.representativeName}
                  autoComplete="off"
                  isRequired
                />
              )}
              <SelectInput
                id={id('representativeRelation')}
                label={t('consent.representativeRelation')}
                options={options.representative}
                value={draft.representativeRelation}
                onChange={(representativeRelation) => set({ representativeRelation })}
                error={errors.representativeRelation}
                isRequired
              />
            </fieldset>
          ) : null}
          <CheckboxGroupInput
            id={id('scopes')}
            label={t('consent.scopes')}
            description={t('consent.scopesHint')}
            options={options.consentScope}
            value={draft.scopes}
            onChange={(scopes) => set({ scopes })}
            error={errors.scopes}
            isRequired
          />
          <RadioGroupInput
            id={id('method')}
            label={t('consent.method')}
            options={options.consentMethod}
            value={draft.method}
            onChange={(method) => set({ method })}
            error={errors.method}
            isRequired
          />
          <TextInput
            id={id('givenOn')}
            type="date"
            size="short"
            label={t('consent.givenOn')}
            value={draft.givenOn}
            onChange={(givenOn) => onChange(withGivenOn(draft, givenOn))}
            error={errors.givenOn}
            isRequired
          />
          <TextInput
            id={id('expiresOn')}
            type="date"
            size="short"
            label={t('consent.expiresOn')}
            description={t('consent.expiresHint')}
            value={draft.expiresOn}
            onChange={(expiresOn) => set({ expiresOn, expiresOnEdited: true })}
            error={errors.expiresOn}
            isRequired
          />
          <TextInput
            id={id('documentRef')}
            size="medium"
            label={t('consent.documentRef')}
            value={draft.documentRef}
            onChange={(documentRef) => set({ documentRef })}
            error={errors.documentRef}
            autoComplete="off"
          />
        </>
      )}
    </div>
  );
}
