import { PRACTICE_RESULTS, type PracticeLog, type PracticeResult } from '@birge/domain';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Button, Form } from 'react-aria-components';
import { problemMessage } from '../../components/query-state.component.js';
import { TextInput } from '../../components/text-field.component.js';
import { useLogPractice } from '../../data/use-plans.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { useSyncStatus } from '../../offline/device-context.js';
import { useEasyRead } from './easy-read.js';
import { StateIcon } from './family-icons.component.js';
import { resultWords } from './family-words.js';
import type { TodayItem } from './today.js';
import { useCorrectPractice } from './use-family.js';

type Mode =
  { kind: 'idle' } | { kind: 'correct'; log: PracticeLog } | { kind: 'note'; log: PracticeLog };

/**
 * One tap logs a session: done, partly or not today (decision 0024). What was logged stays in
 * words beside its mark; a mistaken tap is corrected (a practice log is kept and versioned, never
 * deleted — decision 0020), and a note can follow. On the phone the log goes to the device
 * store's outbox and reaches the worker with the next sync.
 */
export function PracticeControls({
  item,
  today,
  titleId,
}: {
  item: TodayItem;
  today: string;
  /** The activity's title element, so each card's buttons are named by their activity. */
  titleId: string;
}) {
  const { t } = useI18n();
  const easy = useEasyRead();
  const logPractice = useLogPractice();
  const correct = useCorrectPractice();
  const sync = useSyncStatus();
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const statusRef = useRef<HTMLParagraphElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const questionId = useId();
  const busy = logPractice.isPending || correct.isPending;
  const last = item.logs.at(-1);

  /** Says what happened; focus follows when the buttons pressed are gone. */
  const announce = (text: string, moveFocus: boolean) => {
    setMessage(text);
    setMode({ kind: 'idle' });
    if (moveFocus) requestAnimationFrame(() => statusRef.current?.focus());
  };
  const fail = (cause: unknown) => setError(problemMessage(cause, t));
  /** Leaves a correction or a note unchanged; focus returns to the button that opened it. */
  const back = () => {
    setMode({ kind: 'idle' });
    requestAnimationFrame(() =>
      rootRef.current?.querySelector<HTMLElement>('.practice-after button')?.focus(),
    );
  };

  const log = (result: PracticeResult) => {
    if (busy) return;
    setError(null);
    logPractice.mutate(
      {
        planId: item.plan.id,
        assignmentId: item.assignment.id,
        date: today,
        result,
        note: null,
      },
      {
        onSuccess: () =>
          announce(
            t('family.practice.saved', { result: resultWords(result, t) }),
            result === 'not_today' || item.remaining <= 1,
          ),
        onError: fail,
      },
    );
  };

  const fix = (
    target: PracticeLog,
    result: PracticeResult,
    text: string | null,
    key: 'changed' | 'noteSaved',
  ) => {
    if (busy) return;
    setError(null);
    correct.mutate(
      { id: target.id, update: { result, note: text, rev: target.rev } },
      {
        onSuccess: () =>
          announce(
            key === 'changed'
              ? t('family.practice.changed', { result: resultWords(result, t) })
              : t('family.practice.noteSaved'),
            true,
          ),
        onError: fail,
      },
    );
  };

  const saveNote = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mode.kind === 'note') fix(mode.log, mode.log.result, note.trim() || null, 'noteSaved');
  };

  const shown = easy ? item.logs.slice(-1) : item.logs;
  const offline = sync !== null && !sync.online;

  return (
    <div className="practice" ref={rootRef}>
      {shown.length > 0 ? (
        <ul className="practice-logs">
          {shown.map((l) => {
            const n = item.logs.indexOf(l) + 1;
            const words = resultWords(l.result, t);
            return (
              <li key={l.id}>
                <StateIcon state={l.result} />
                <span>
                  {item.logs.length > 1
                    ? t('family.practice.session', { n, result: words })
                    : words}
                  {l.note && !easy ? <span className="practice-note"> — {l.note}</span> : null}
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}
      <p ref={statusRef} tabIndex={-1} role="status" className="practice-status">
        {message ? `${message}${offline ? ` ${t('family.practice.willSend')}` : ''}` : ''}
      </p>
      {error ? (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      ) : null}

      {mode.kind === 'idle' && item.remaining > 0 ? (
        <div role="group" aria-labelledby={`${questionId} ${titleId}`} className="practice-group">
          <p id={questionId} className="practice-question">
            {t('family.practice.question')}
          </p>
          <Choices busy={busy} onChoose={log} />
        </div>
      ) : null}

      {mode.kind === 'correct' ? (
        <div role="group" aria-labelledby={`${questionId} ${titleId}`} className="practice-group">
          <p id={questionId} className="practice-question">
            {t('family.practice.changeTitle')}
          </p>
          <Choices
            busy={busy}
            except={mode.log.result}
            onChoose={(result) => fix(mode.log, result, mode.log.note, 'changed')}
          />
          <Button className="button secondary" onPress={back}>
            {t('family.practice.keep')}
          </Button>
        </div>
      ) : null}

      {mode.kind === 'note' ? (
        <Form className="form practice-note-form" onSubmit={saveNote} validationBehavior="aria">
          <TextInput
            id={`${questionId}-note`}
            label={t('family.practice.note')}
            description={t('family.practice.noteHint')}
            value={note}
            onChange={setNote}
            multiline
            maxLength={2000}
          />
          <div className="form-actions">
            <Button type="submit" className="button primary">
              {t('family.practice.saveNote')}
            </Button>
            <Button className="button secondary" onPress={back}>
              {t('action.cancel')}
            </Button>
          </div>
        </Form>
      ) : null}

      {mode.kind === 'idle' && last ? (
        <div className="practice-after">
          <Button
            className="button secondary"
            onPress={() => {
              setMode({ kind: 'correct', log: last });
              // The first of the right answers takes focus, where the pressed button was.
              requestAnimationFrame(() =>
                rootRef.current?.querySelector<HTMLElement>('.practice-choice')?.focus(),
              );
            }}
          >
            {t('family.practice.change')}
          </Button>
          {easy ? null : (
            <Button
              className="button secondary"
              onPress={() => {
                setNote(last.note ?? '');
                setMode({ kind: 'note', log: last });
              }}
            >
              {t('family.practice.addNote')}
            </Button>
          )}
        </div>
      ) : null}
    </div>
  );
}

/** The three answers as big buttons, each with its mark and its word. */
function Choices({
  busy,
  except,
  onChoose,
}: {
  busy: boolean;
  except?: PracticeResult;
  onChoose: (result: PracticeResult) => void;
}) {
  const { t } = useI18n();
  const results = PRACTICE_RESULTS.filter((r) => r !== except);
  return (
    <div className="practice-choices">
      {results.map((result) => (
        <Button
          key={result}
          className={`practice-choice practice-${result}`}
          aria-disabled={busy || undefined}
          onPress={busy ? undefined : () => onChoose(result)}
        >
          <StateIcon state={result} size={28} />
          <span>{resultWords(result, t)}</span>
        </Button>
      ))}
    </div>
  );
}
