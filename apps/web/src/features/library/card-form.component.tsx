import { ACTIVITY_CATEGORIES, type Activity, type ActivityCategory } from '@birge/domain';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { SubmitOrCancel } from '../../components/busy-button.component.js';
import { CheckboxInput, SelectInput } from '../../components/choice-fields.component.js';
import { ErrorSummary } from '../../components/error-summary.component.js';
import { TextInput } from '../../components/text-field.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { CbrElementsField } from '../plans/builder/cbr-elements-field.component.js';
import { problemLines } from '../plans/problem-lines.js';
import { issuesToFieldErrors, serverFieldErrors, type FieldErrors } from '../person-form/issues.js';
import {
  checkCardUpdate,
  checkNewCard,
  draftOf,
  emptyDraft,
  fieldId,
  LIST_FIELDS,
  type CardDraft,
} from './card-draft.js';
import { cardFieldName } from './card-labels.js';
import { LocalizedFields } from './localized-fields.component.js';
import { PictogramField } from './pictogram-field.component.js';
import { TextList } from './text-list.component.js';
import { useCreateCard, useUpdateCard } from './use-library.js';

/** The card someone else saved meanwhile: say so, keep nothing silently, offer the new version. */
function ConflictNotice({ version, onReload }: { version: number; onReload: () => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: 'start' });
  }, []);
  return (
    <div ref={ref} className="notice notice-error" role="alert" tabIndex={-1}>
      <h2>{t('card.conflict.title')}</h2>
      <p>{t('card.conflict.body', { version })}</p>
      <Button className="button primary" onPress={onReload}>
        {t('card.conflict.reload')}
      </Button>
    </div>
  );
}

/**
 * A card's whole text in kk, ru and en, its ages, CBR elements and picture. Checked as it is
 * sent with the domain's schema (the server's messages, next to their fields); the server's own
 * refusals land on the same fields. A stale version is a conflict, never an overwrite.
 */
export function CardForm({
  card,
  onSaved,
  onReload,
  cancelTo,
}: {
  /** The card as stored; none for a new card. */
  card?: Activity;
  onSaved: (card: Activity) => void;
  /** Load the card again (after a conflict): the form starts again from it. */
  onReload?: () => void;
  cancelTo: string;
}) {
  const { t } = useI18n();
  const create = useCreateCard();
  const update = useUpdateCard(card?.id ?? '');
  const [draft, setDraft] = useState<CardDraft>(() => (card ? draftOf(card) : emptyDraft()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState<number | null>(null);
  const saving = create.isPending || update.isPending;
  const set = (change: Partial<CardDraft>) => setDraft((d) => ({ ...d, ...change }));

  const refuse = (fields: FieldErrors, lines: string[] = []) => {
    setErrors(fields);
    setGeneral(lines);
    setAttempt((n) => n + 1);
  };

  const fail = (error: unknown) => {
    if (isRepositoryError(error) && error.is('stale_revision')) {
      const current = error.extensions.currentVersion;
      setConflict(typeof current === 'number' ? current : (card?.version ?? 0) + 1);
      setErrors({});
      setGeneral([]);
      return;
    }
    if (isRepositoryError(error) && error.is('duplicate_id'))
      return refuse({ id: t('card.duplicateId') });
    const fields = isRepositoryError(error) ? serverFieldErrors(error.fieldErrors) : {};
    refuse(fields, Object.keys(fields).length ? [] : problemLines(error, t));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving || conflict !== null) return;
    if (card) {
      const checked = checkCardUpdate(draft, card.version);
      if (!checked.ok) return refuse(issuesToFieldErrors(checked.issues, t));
      update.mutate(checked.value, {
        onSuccess: (saved) => {
          // The form stays (and the keyboard with it), now on the version just saved.
          setDraft(draftOf(saved));
          setErrors({});
          setGeneral([]);
          onSaved(saved);
        },
        onError: fail,
      });
    } else {
      const checked = checkNewCard(draft);
      if (!checked.ok) return refuse(issuesToFieldErrors(checked.issues, t));
      create.mutate(checked.value, { onSuccess: onSaved, onError: fail });
    }
  };

  return (
    <>
      {conflict !== null ? (
        <ConflictNotice version={conflict} onReload={() => onReload?.()} />
      ) : null}
      <ErrorSummary
        items={[
          ...Object.entries(errors).map(([path, message]) => ({
            fieldId: fieldId(path),
            message: t('form.fieldError', { field: cardFieldName(path, t), message }),
          })),
          ...general.map((message) => ({ message })),
        ]}
        attempt={attempt}
      />
      <Form className="form card-form" onSubmit={submit} validationBehavior="aria">
        {card ? null : (
          <>
            <SelectInput<ActivityCategory>
              id={fieldId('category')}
              label={t('plan.activity.category')}
              options={ACTIVITY_CATEGORIES.map((c) => ({
                value: c,
                label: t(`plan.category.${c}`),
              }))}
              value={draft.category}
              onChange={(category) =>
                set({
                  category,
                  // Start the id with the category, as it must.
                  id:
                    draft.id === '' || draft.id === `${draft.category}.`
                      ? `${category}.`
                      : draft.id,
                })
              }
              error={errors.category}
              isRequired
            />
            <TextInput
              id={fieldId('id')}
              label={t('card.id')}
              description={t('card.idHint')}
              value={draft.id}
              onChange={(id) => set({ id })}
              error={errors.id}
              maxLength={80}
              lang="en"
              isRequired
            />
          </>
        )}
        <section className="card-section" aria-labelledby="card-texts">
          <h2 id="card-texts" className="card-section-title">
            {t('card.field.title')}
          </h2>
          <LocalizedFields
            path="title"
            name={t('card.field.title')}
            value={draft.title}
            onChange={(title) => set({ title })}
            errors={errors}
            maxLength={80}
          />
          <LocalizedFields
            path="purpose"
            name={t('card.field.purpose')}
            value={draft.purpose}
            onChange={(purpose) => set({ purpose })}
            errors={errors}
            maxLength={300}
            multiline
          />
        </section>
        {LIST_FIELDS.map((field) => (
          <TextList
            key={field}
            field={field}
            value={draft[field]}
            onChange={(value) => set({ [field]: value })}
            errors={errors}
          />
        ))}
        <fieldset id={fieldId('ages')} className="fieldset">
          <legend>
            <h2 className="card-section-title">{t('card.ages')}</h2>
          </legend>
          <div className="field-row">
            <TextInput
              id={fieldId('ages.minMonths')}
              label={t('card.minMonths')}
              description={t('card.minMonthsHint')}
              value={draft.minMonths}
              onChange={(minMonths) => set({ minMonths })}
              error={errors['ages.minMonths']}
              inputMode="numeric"
              size="short"
              maxLength={4}
              isRequired
            />
            <TextInput
              id={fieldId('ages.maxMonths')}
              label={t('card.maxMonths')}
              description={t('card.maxMonthsHint')}
              value={draft.maxMonths}
              onChange={(maxMonths) => set({ maxMonths })}
              error={errors['ages.maxMonths']}
              inputMode="numeric"
              size="short"
              maxLength={4}
            />
          </div>
        </fieldset>
        <CbrElementsField
          id={fieldId('elements')}
          value={draft.elements}
          onChange={(elements) => set({ elements })}
          error={errors.elements}
          description={t('card.elementsHint')}
        />
        <PictogramField
          id={fieldId('pictogram')}
          value={draft.pictogram}
          onChange={(pictogram) => set({ pictogram })}
          error={errors.pictogram}
        />
        {card ? (
          <CheckboxInput
            id={fieldId('retired')}
            label={t('card.retired')}
            description={t('card.retiredHint')}
            checked={draft.retired}
            onChange={(retired) => set({ retired })}
          />
        ) : null}
        <SubmitOrCancel
          busy={saving}
          label={card ? t('card.save') : t('card.create')}
          cancelTo={cancelTo}
        />
      </Form>
    </>
  );
}
