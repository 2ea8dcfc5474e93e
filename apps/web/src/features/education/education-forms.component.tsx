import {
  EDUCATION_STATUSES,
  KPPK_SUPPORT_KINDS,
  PMPK_CONDITIONS,
  educationStatusInputSchema,
  kppkSupportInputSchema,
  pmpkConclusionInputSchema,
  todayIso,
  type EducationStatus,
  type KppkSupportKind,
  type Person,
  type PmpkCondition,
} from '@birge/domain';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, Form } from 'react-aria-components';
import { BusyButton } from '../../components/busy-button.component.js';
import {
  CheckboxGroupInput,
  RadioGroupInput,
  SelectInput,
} from '../../components/choice-fields.component.js';
import { TextInput } from '../../components/text-field.component.js';
import { useEducationWrite } from '../../data/use-education.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { checkEntry, orNull, useEntryErrors, type Checked } from './entry-form.js';

interface FormProps {
  person: Person;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** The frame every entry form shares: general message, fields, save and cancel. */
function EntryForm({
  id,
  busy,
  general,
  submitLabel,
  onSubmit,
  onCancel,
  children,
}: {
  id: string;
  busy: boolean;
  general: string | null;
  submitLabel: string;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <Form id={id} className="form card entry-form" onSubmit={submit} validationBehavior="aria">
      {general ? (
        <p className="notice notice-warn" role="alert">
          {general}
        </p>
      ) : null}
      {children}
      <div className="form-actions">
        <BusyButton type="submit" busy={busy} busyLabel={t('status.saving')}>
          {submitLabel}
        </BusyButton>
        <Button className="button secondary" onPress={onCancel}>
          {t('action.cancel')}
        </Button>
      </div>
    </Form>
  );
}

function useSend(person: Person, onDone: (message: string) => void) {
  const { t } = useI18n();
  const write = useEducationWrite(person.id, person.householdId);
  const errors = useEntryErrors(t);
  const send = <T,>(
    checked: Checked<T>,
    run: (value: T) => Parameters<typeof write.mutate>[0],
    done: string,
  ) => {
    if (!checked.ok) return errors.show(checked.errors);
    errors.clear();
    write.mutate(run(checked.value), { onSuccess: () => onDone(done), onError: errors.fail });
  };
  return { busy: write.isPending, errors, send };
}

export function StatusForm({ person, onDone, onCancel }: FormProps) {
  const { t } = useI18n();
  const { busy, errors, send } = useSend(person, onDone);
  const [status, setStatus] = useState<EducationStatus | ''>('');
  const [from, setFrom] = useState(todayIso());
  const [institution, setInstitution] = useState('');
  const [grade, setGrade] = useState('');
  const [note, setNote] = useState('');
  const e = errors.errors;
  const submit = () =>
    send(
      checkEntry(
        t,
        educationStatusInputSchema.safeParse({
          status: status || undefined,
          from,
          institution: orNull(institution),
          grade: orNull(grade),
          note: orNull(note),
        }),
        (v) => [
          [{ path: 'from', date: v.from }],
          { birthDate: person.birthDate, today: todayIso() },
        ],
      ),
      (input) => ({ kind: 'status', input }),
      t('education.statusAdded'),
    );
  return (
    <EntryForm
      id="education-status-form"
      busy={busy}
      general={errors.general}
      submitLabel={t('education.addStatus')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <SelectInput
        id="es-status"
        label={t('education.status.label')}
        isRequired
        options={EDUCATION_STATUSES.map((s) => ({ value: s, label: t(`education.status.${s}`) }))}
        value={status}
        onChange={setStatus}
        error={e.status}
      />
      <TextInput
        id="es-from"
        type="date"
        size="short"
        label={t('education.from.label')}
        isRequired
        value={from}
        onChange={setFrom}
        error={e.from}
      />
      <TextInput
        id="es-institution"
        label={t('education.institution.label')}
        value={institution}
        onChange={setInstitution}
        error={e.institution}
        maxLength={300}
      />
      <TextInput
        id="es-grade"
        size="short"
        label={t('education.grade.label')}
        value={grade}
        onChange={setGrade}
        error={e.grade}
        maxLength={40}
      />
      <TextInput
        id="es-note"
        multiline
        label={t('education.note.label')}
        value={note}
        onChange={setNote}
        error={e.note}
        maxLength={2000}
      />
    </EntryForm>
  );
}

export function PmpkForm({ person, onDone, onCancel }: FormProps) {
  const { t } = useI18n();
  const { busy, errors, send } = useSend(person, onDone);
  const [concludedOn, setConcludedOn] = useState(todayIso());
  const [needs, setNeeds] = useState<'yes' | 'no' | ''>('');
  const [description, setDescription] = useState('');
  const [conditions, setConditions] = useState<PmpkCondition[]>([]);
  const [note, setNote] = useState('');
  const e = errors.errors;
  const submit = () =>
    send(
      checkEntry(
        t,
        pmpkConclusionInputSchema.safeParse({
          concludedOn,
          specialNeeds: needs === '' ? undefined : needs === 'yes',
          needsDescription: orNull(description),
          conditions,
          note: orNull(note),
        }),
        (v) => [
          [{ path: 'concludedOn', date: v.concludedOn }],
          { birthDate: person.birthDate, today: todayIso() },
        ],
      ),
      (input) => ({ kind: 'pmpk', input }),
      t('education.pmpk.added'),
    );
  return (
    <EntryForm
      id="education-pmpk-form"
      busy={busy}
      general={errors.general}
      submitLabel={t('education.pmpk.add')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <TextInput
        id="ep-concludedOn"
        type="date"
        size="short"
        label={t('education.pmpk.date')}
        isRequired
        value={concludedOn}
        onChange={setConcludedOn}
        error={e.concludedOn}
      />
      <RadioGroupInput
        id="ep-specialNeeds"
        label={t('education.pmpk.specialNeeds')}
        isRequired
        inline
        options={[
          { value: 'yes', label: t('common.yes') },
          { value: 'no', label: t('common.no') },
        ]}
        value={needs}
        onChange={setNeeds}
        error={e.specialNeeds}
      />
      <TextInput
        id="ep-needsDescription"
        label={t('education.pmpk.description')}
        value={description}
        onChange={setDescription}
        error={e.needsDescription}
        maxLength={300}
      />
      <CheckboxGroupInput
        id="ep-conditions"
        label={t('education.pmpk.conditions')}
        options={PMPK_CONDITIONS.map((c) => ({ value: c, label: t(`education.condition.${c}`) }))}
        value={conditions}
        onChange={setConditions}
        error={e.conditions}
      />
      <TextInput
        id="ep-note"
        multiline
        label={t('education.note.label')}
        value={note}
        onChange={setNote}
        error={e.note}
        maxLength={2000}
      />
    </EntryForm>
  );
}

export function KppkForm({ person, onDone, onCancel }: FormProps) {
  const { t } = useI18n();
  const { busy, errors, send } = useSend(person, onDone);
  const [kind, setKind] = useState<KppkSupportKind | ''>('');
  const [from, setFrom] = useState(todayIso());
  const [to, setTo] = useState('');
  const [provider, setProvider] = useState('');
  const [note, setNote] = useState('');
  const e = errors.errors;
  const submit = () =>
    send(
      checkEntry(
        t,
        kppkSupportInputSchema.safeParse({
          kind: kind || undefined,
          from,
          to: orNull(to),
          provider: orNull(provider),
          note: orNull(note),
        }),
        (v) => [
          [{ path: 'from', date: v.from }],
          { birthDate: person.birthDate, today: todayIso() },
          { from: v.from, to: v.to, toPath: 'to' },
        ],
      ),
      (input) => ({ kind: 'kppk', input }),
      t('education.kppk.added'),
    );
  return (
    <EntryForm
      id="education-kppk-form"
      busy={busy}
      general={errors.general}
      submitLabel={t('education.kppk.add')}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <SelectInput
        id="ek-kind"
        label={t('education.kppk.kind')}
        isRequired
        options={KPPK_SUPPORT_KINDS.map((k) => ({
          value: k,
          label: t(`education.kppk.kind.${k}`),
        }))}
        value={kind}
        onChange={setKind}
        error={e.kind}
      />
      <TextInput
        id="ek-from"
        type="date"
        size="short"
        label={t('education.kppk.from')}
        isRequired
        value={from}
        onChange={setFrom}
        error={e.from}
      />
      <TextInput
        id="ek-to"
        type="date"
        size="short"
        label={t('education.kppk.to')}
        value={to}
        onChange={setTo}
        error={e.to}
      />
      <TextInput
        id="ek-provider"
        label={t('education.kppk.provider')}
        value={provider}
        onChange={setProvider}
        error={e.provider}
        maxLength={300}
      />
      <TextInput
        id="ek-note"
        multiline
        label={t('education.note.label')}
        value={note}
        onChange={setNote}
        error={e.note}
        maxLength={2000}
      />
    </EntryForm>
  );
}
