import {
  type EducationRecord,
  type KppkSupport,
  type Person,
  type PmpkConclusion,
} from '@birge/domain';
import { useRef, useState } from 'react';
import { Button } from 'react-aria-components';
import { Loading, problemMessage } from '../../components/query-state.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { useEducation, useEducationWrite } from '../../data/use-education.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { InNoEducationBadge, WaitingBadge } from './education-badge.component.js';
import { KppkForm, PmpkForm, StatusForm } from './education-forms.component.js';
import './education.css';

type Adding = 'status' | 'pmpk' | 'kppk' | null;

/** The current status in words, with "in no education" and "not recorded" told apart. */
function Summary({ record }: { record: EducationRecord }) {
  const { t, formatDate } = useI18n();
  const s = record.summary;
  return (
    <div className="education-summary" role="group" aria-labelledby="education-current">
      <h3 id="education-current">{t('education.current')}</h3>
      <p>
        {s.status
          ? t('education.currentSince', {
              status: t(`education.status.${s.status}`),
              date: formatDate(s.since),
            })
          : t('education.history.empty')}
      </p>
      {s.inNoEducation ? (
        <p>
          <InNoEducationBadge inNoEducation state={s.state} />
        </p>
      ) : null}
      {s.inNoEducation ? (
        <p className="muted">
          {s.state === 'unknown' ? t('education.state.unknown') : t('education.state.none')}
        </p>
      ) : null}
      {s.ageBand === 'infant' ? <p className="muted">{t('education.notApplicable')}</p> : null}
    </div>
  );
}

function RemoveButton({
  label,
  onRemove,
  busy,
}: {
  label: string;
  onRemove: () => void;
  busy: boolean;
}) {
  const { t } = useI18n();
  return (
    <Button
      className="button link danger small"
      aria-label={t('education.removeLabel', { what: label })}
      isDisabled={busy}
      onPress={onRemove}
    >
      {t('education.remove')}
    </Button>
  );
}

function conditionsText(c: PmpkConclusion, t: ReturnType<typeof useI18n>['t']) {
  return c.conditions.map((k) => t(`education.condition.${k}`)).join('; ');
}

function kppkPeriod(k: KppkSupport, i18n: ReturnType<typeof useI18n>) {
  return i18n.t('education.kppk.period', {
    from: i18n.formatDate(k.from),
    to: k.to ? i18n.formatDate(k.to) : i18n.t('education.kppk.ongoing'),
  });
}

/**
 * The person page's Education section (issue 6): the current status and "in no education",
 * the status history, ПМПК conclusions and КППК support, with forms to add each and a way to
 * remove a mistaken entry. On a worker's or supervisor's device it reads and writes the device's
 * copy, offline too (entries waiting to be sent say so); elsewhere, without a connection it says
 * so and keeps what was typed.
 */
export function EducationSection({ person, canWrite }: { person: Person; canWrite: boolean }) {
  const i18n = useI18n();
  const { t, formatDate } = i18n;
  const education = useEducation(person.id);
  const write = useEducationWrite(person.id, person.householdId);
  const [adding, setAdding] = useState<Adding>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const headingRef = useRef<HTMLParagraphElement>(null);

  if (person.consentStatus !== 'valid') return <p className="muted">{t('education.noConsent')}</p>;
  if (education.isPending) return <Loading />;
  if (education.isError) {
    const offline = isRepositoryError(education.error) && education.error.code === 'network';
    return (
      <div className="notice notice-warn">
        <p>{offline ? t('education.needsConnection') : problemMessage(education.error, t)}</p>
        <p>
          <Button className="button secondary" onPress={() => void education.refetch()}>
            {t('action.retry')}
          </Button>
        </p>
      </div>
    );
  }
  const record = education.data;
  const done = (message: string) => {
    setAdding(null);
    setNotice(message);
    setRemoveError(null);
    headingRef.current?.focus();
  };
  const remove = (entryId: string) =>
    write.mutate(
      { kind: 'remove', entryId },
      {
        onSuccess: () => done(t('education.removed')),
        onError: (error) =>
          setRemoveError(
            isRepositoryError(error) && error.code === 'network'
              ? t('education.needsConnection')
              : problemMessage(error, t),
          ),
      },
    );
  const formProps = { person, onDone: done, onCancel: () => setAdding(null) };
  const addButton = (kind: Exclude<Adding, null>, label: string) =>
    canWrite && adding === null ? (
      <Button className="button secondary" onPress={() => setAdding(kind)}>
        {label}
      </Button>
    ) : null;

  return (
    <div className="education-area">
      <p
        ref={headingRef}
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
      <Summary record={record} />

      <h3>{t('education.history')}</h3>
      {record.statuses.length === 0 ? (
        <p className="muted">{t('education.history.empty')}</p>
      ) : (
        <ul className="entry-list">
          {record.statuses.map((s) => {
            const label = `${t(`education.status.${s.status}`)}, ${formatDate(s.from)}`;
            return (
              <li key={s.id} className="entry">
                <p className="entry-title">
                  <strong>{formatDate(s.from)}</strong> — {t(`education.status.${s.status}`)}
                  <WaitingBadge waiting={s.waiting} />
                </p>
                {s.institution || s.grade ? (
                  <p>{[s.institution, s.grade].filter(Boolean).join(', ')}</p>
                ) : null}
                {s.note ? <p className="muted">{s.note}</p> : null}
                {canWrite ? (
                  <RemoveButton
                    label={label}
                    busy={write.isPending}
                    onRemove={() => remove(s.id)}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {addButton('status', t('education.addStatus'))}
      {adding === 'status' ? <StatusForm {...formProps} /> : null}

      <h3>{t('education.pmpk.title')}</h3>
      {record.pmpk.length === 0 ? (
        <p className="muted">{t('education.pmpk.empty')}</p>
      ) : (
        <ul className="entry-list">
          {record.pmpk.map((c) => (
            <li key={c.id} className="entry">
              <p className="entry-title">
                <strong>{formatDate(c.concludedOn)}</strong> —{' '}
                {c.specialNeeds
                  ? t('education.pmpk.specialNeedsYes')
                  : t('education.pmpk.specialNeedsNo')}
                <WaitingBadge waiting={c.waiting} />
              </p>
              {c.needsDescription ? <p>{c.needsDescription}</p> : null}
              {c.conditions.length ? (
                <p>
                  {t('education.pmpk.conditions')}: {conditionsText(c, t)}
                </p>
              ) : null}
              {c.note ? <p className="muted">{c.note}</p> : null}
              {canWrite ? (
                <RemoveButton
                  label={`${t('education.pmpk.title')}, ${formatDate(c.concludedOn)}`}
                  busy={write.isPending}
                  onRemove={() => remove(c.id)}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {addButton('pmpk', t('education.pmpk.add'))}
      {adding === 'pmpk' ? <PmpkForm {...formProps} /> : null}

      <h3>{t('education.kppk.title')}</h3>
      {record.kppk.length === 0 ? (
        <p className="muted">{t('education.kppk.empty')}</p>
      ) : (
        <ul className="entry-list">
          {record.kppk.map((k) => (
            <li key={k.id} className="entry">
              <p className="entry-title">
                <strong>{kppkPeriod(k, i18n)}</strong> — {t(`education.kppk.kind.${k.kind}`)}
                <WaitingBadge waiting={k.waiting} />
              </p>
              {k.provider ? <p>{k.provider}</p> : null}
              {k.note ? <p className="muted">{k.note}</p> : null}
              {canWrite ? (
                <RemoveButton
                  label={`${t(`education.kppk.kind.${k.kind}`)}, ${kppkPeriod(k, i18n)}`}
                  busy={write.isPending}
                  onRemove={() => remove(k.id)}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {addButton('kppk', t('education.kppk.add'))}
      {adding === 'kppk' ? <KppkForm {...formProps} /> : null}
    </div>
  );
}
