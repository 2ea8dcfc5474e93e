import {
  BENEFITS,
  INCOME_SOURCES,
  TRAINING_STATUSES,
  WORK_STATUSES,
  livelihoodInputSchema,
  livelihoodIssues,
  todayIso,
  type Benefit,
  type IncomeSource,
  type LivelihoodEntry,
  type Person,
  type TrainingStatus,
  type WorkStatus,
} from '@birge/domain';
import { useRef, useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { BusyButton } from '../../components/busy-button.component.js';
import {
  CheckboxGroupInput,
  CheckboxInput,
  SelectInput,
} from '../../components/choice-fields.component.js';
import { Loading, problemMessage } from '../../components/query-state.component.js';
import { TextInput } from '../../components/text-field.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { useLivelihood, useLivelihoodWrite } from '../../data/use-education.js';
import { WaitingBadge } from './education-badge.component.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { issuesToFieldErrors, toFieldErrors } from '../person-form/issues.js';
import { orNull, useEntryErrors } from './entry-form.js';
import './education.css';

function EntryFacts({ entry }: { entry: LivelihoodEntry }) {
  const { t } = useI18n();
  const list = (values: string[]) => (values.length ? values.join('; ') : t('livelihood.none'));
  return (
    <dl className="facts">
      <div className="fact">
        <dt>{t('livelihood.workStatus')}</dt>
        <dd>
          {t(`livelihood.work.${entry.workStatus}`)}
          {entry.occupation ? ` — ${entry.occupation}` : ''}
        </dd>
      </div>
      <div className="fact">
        <dt>{t('livelihood.training')}</dt>
        <dd>
          {t(`livelihood.trainingStatus.${entry.training}`)}
          {entry.trainingName ? ` — ${entry.trainingName}` : ''}
        </dd>
      </div>
      <div className="fact">
        <dt>{t('livelihood.incomeSources')}</dt>
        <dd>{list(entry.incomeSources.map((s) => t(`livelihood.income.${s}`)))}</dd>
      </div>
      <div className="fact">
        <dt>{t('livelihood.benefits')}</dt>
        <dd>{list(entry.benefits.map((b) => t(`livelihood.benefit.${b}`)))}</dd>
      </div>
      <div className="fact">
        <dt>{t('livelihood.selfHelpGroup')}</dt>
        <dd>
          {entry.selfHelpGroup ? t('common.yes') : t('common.no')}
          {entry.selfHelpGroupName ? ` — ${entry.selfHelpGroupName}` : ''}
        </dd>
      </div>
      {entry.note ? (
        <div className="fact">
          <dt>{t('education.note.label')}</dt>
          <dd>{entry.note}</dd>
        </div>
      ) : null}
    </dl>
  );
}

function LivelihoodForm({
  person,
  onDone,
  onCancel,
}: {
  person: Person;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const write = useLivelihoodWrite(person.id);
  const errors = useEntryErrors(t);
  const [recordedOn, setRecordedOn] = useState(todayIso());
  const [work, setWork] = useState<WorkStatus | ''>('');
  const [occupation, setOccupation] = useState('');
  const [training, setTraining] = useState<TrainingStatus | ''>('none');
  const [trainingName, setTrainingName] = useState('');
  const [income, setIncome] = useState<IncomeSource[]>([]);
  const [benefits, setBenefits] = useState<Benefit[]>([]);
  const [group, setGroup] = useState(false);
  const [groupName, setGroupName] = useState('');
  const [note, setNote] = useState('');
  const e = errors.errors;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (write.isPending) return;
    const parsed = livelihoodInputSchema.safeParse({
      recordedOn,
      workStatus: work || undefined,
      occupation: orNull(occupation),
      training: training || undefined,
      trainingName: training === 'none' ? null : orNull(trainingName),
      incomeSources: income,
      benefits,
      selfHelpGroup: group,
      selfHelpGroupName: group ? orNull(groupName) : null,
      note: orNull(note),
    });
    if (!parsed.success) return errors.show(issuesToFieldErrors(parsed.error.issues, t));
    const issues = livelihoodIssues(parsed.data, {
      birthDate: person.birthDate,
      today: todayIso(),
    });
    if (issues.length)
      return errors.show(
        toFieldErrors(
          issues.map((i) => ({ path: i.path, key: i.code })),
          t,
        ),
      );
    errors.clear();
    write.mutate({ kind: 'add', input: parsed.data }, { onSuccess: onDone, onError: errors.fail });
  };

  return (
    <Form className="form card entry-form" onSubmit={submit} validationBehavior="aria">
      {errors.general ? (
        <p className="notice notice-warn" role="alert">
          {errors.general}
        </p>
      ) : null}
      <TextInput
        id="lv-recordedOn"
        type="date"
        size="short"
        label={t('livelihood.recordedOn')}
        isRequired
        value={recordedOn}
        onChange={setRecordedOn}
        error={e.recordedOn}
      />
      <SelectInput
        id="lv-workStatus"
        label={t('livelihood.workStatus')}
        isRequired
        options={WORK_STATUSES.map((w) => ({ value: w, label: t(`livelihood.work.${w}`) }))}
        value={work}
        onChange={setWork}
        error={e.workStatus}
      />
      <TextInput
        id="lv-occupation"
        label={t('livelihood.occupation')}
        value={occupation}
        onChange={setOccupation}
        error={e.occupation}
        maxLength={300}
      />
      <SelectInput
        id="lv-training"
        label={t('livelihood.training')}
        isRequired
        options={TRAINING_STATUSES.map((s) => ({
          value: s,
          label: t(`livelihood.trainingStatus.${s}`),
        }))}
        value={training}
        onChange={setTraining}
        error={e.training}
      />
      {training !== 'none' && training !== '' ? (
        <TextInput
          id="lv-trainingName"
          label={t('livelihood.trainingName')}
          value={trainingName}
          onChange={setTrainingName}
          error={e.trainingName}
          maxLength={300}
        />
      ) : null}
      <CheckboxGroupInput
        id="lv-incomeSources"
        label={t('livelihood.incomeSources')}
        options={INCOME_SOURCES.map((s) => ({ value: s, label: t(`livelihood.income.${s}`) }))}
        value={income}
        onChange={setIncome}
        error={e.incomeSources}
      />
      <CheckboxGroupInput
        id="lv-benefits"
        label={t('livelihood.benefits')}
        options={BENEFITS.map((b) => ({ value: b, label: t(`livelihood.benefit.${b}`) }))}
        value={benefits}
        onChange={setBenefits}
        error={e.benefits}
      />
      <CheckboxInput
        id="lv-selfHelpGroup"
        label={t('livelihood.selfHelpGroup')}
        checked={group}
        onChange={setGroup}
      />
      {group ? (
        <TextInput
          id="lv-selfHelpGroupName"
          label={t('livelihood.selfHelpGroupName')}
          value={groupName}
          onChange={setGroupName}
          error={e.selfHelpGroupName}
          maxLength={300}
        />
      ) : null}
      <TextInput
        id="lv-note"
        multiline
        label={t('education.note.label')}
        value={note}
        onChange={setNote}
        error={e.note}
        maxLength={2000}
      />
      <div className="form-actions">
        <BusyButton type="submit" busy={write.isPending} busyLabel={t('status.saving')}>
          {t('livelihood.add')}
        </BusyButton>
        <Button className="button secondary" onPress={onCancel}>
          {t('action.cancel')}
        </Button>
      </div>
    </Form>
  );
}

/**
 * The person page's Livelihood section for adults (issue 6): the current situation, earlier
 * records, a form to add one and a way to remove a mistaken one. Online only for now.
 */
export function LivelihoodSection({ person, canWrite }: { person: Person; canWrite: boolean }) {
  const { t, formatDate } = useI18n();
  const consented = person.consentStatus === 'valid';
  const livelihood = useLivelihood(person.id, consented);
  const write = useLivelihoodWrite(person.id);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);

  if (!consented) return <p className="muted">{t('education.noConsent')}</p>;
  if (livelihood.isPending) return <Loading />;
  if (livelihood.isError) {
    const offline = isRepositoryError(livelihood.error) && livelihood.error.code === 'network';
    return (
      <div className="notice notice-warn">
        <p>{offline ? t('education.needsConnection') : problemMessage(livelihood.error, t)}</p>
        <p>
          <Button className="button secondary" onPress={() => void livelihood.refetch()}>
            {t('action.retry')}
          </Button>
        </p>
      </div>
    );
  }
  const { current, entries } = livelihood.data;
  const announce = (message: string) => {
    setAdding(false);
    setNotice(message);
    setRemoveError(null);
    statusRef.current?.focus();
  };
  const remove = (id: string) =>
    write.mutate(
      { kind: 'remove', entryId: id },
      {
        onSuccess: () => announce(t('education.removed')),
        onError: (error) =>
          setRemoveError(
            isRepositoryError(error) && error.code === 'network'
              ? t('education.needsConnection')
              : problemMessage(error, t),
          ),
      },
    );

  return (
    <div className="livelihood-area">
      <p
        ref={statusRef}
        tabIndex={-1}
        role="status"
        className={notice ? 'notice notice-success' : 'visually-hidden'}
      >
        {notice ?? ''}
      </p>
      {removeError ? (
        <p className="notice notice-warn" role="alert">
          {removeError}
        </p>
      ) : null}
      {entries.length === 0 ? <p className="muted">{t('livelihood.empty')}</p> : null}
      <ul className="entry-list">
        {entries.map((entry) => (
          <li key={entry.id} className="entry">
            <h3>
              {entry === current ? `${t('livelihood.current')}: ` : ''}
              {formatDate(entry.recordedOn)}
              <WaitingBadge waiting={entry.waiting} />
            </h3>
            <EntryFacts entry={entry} />
            {canWrite ? (
              <Button
                className="button link danger small"
                aria-label={t('education.removeLabel', {
                  what: `${t('livelihood.title')}, ${formatDate(entry.recordedOn)}`,
                })}
                isDisabled={write.isPending}
                onPress={() => remove(entry.id)}
              >
                {t('education.remove')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {canWrite && !adding ? (
        <Button className="button secondary" onPress={() => setAdding(true)}>
          {t('livelihood.add')}
        </Button>
      ) : null}
      {adding ? (
        <LivelihoodForm
          person={person}
          onDone={() => announce(t('livelihood.added'))}
          onCancel={() => setAdding(false)}
        />
      ) : null}
    </div>
  );
}
