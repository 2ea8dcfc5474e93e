import { instrumentById, monthsBetween, type Person } from '@birge/domain';
import { useEffect, useRef } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { Badge } from '../../components/status-badge.component.js';
import { fullName } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { local } from '../assessments/answer-text.js';
import { screeningText } from '../assessments/result-words.js';
import { REASON } from './screening-plan.component.js';
import { screeningOutcome, type MemberPlan } from './screening-plan.js';
import type { ScreeningDraft } from './screening-state.js';

/**
 * After the last member: who screened positive first, each marked in words when they have no
 * МСЭ disability status, with links to their page and to a deeper assessment.
 */
export function ScreeningResults({
  draft,
  plan,
  persons,
  onFinish,
}: {
  draft: ScreeningDraft;
  plan: readonly MemberPlan[];
  persons: ReadonlyMap<string, Person>;
  onFinish: () => void;
}) {
  const { t, language } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const rows = draft.queue.flatMap((entry) => {
    const person = persons.get(entry.personId);
    const done = draft.done[entry.personId];
    if (!person || !done) return [];
    const ageMonths = monthsBetween(person.birthDate, draft.assessedOn);
    return [{ entry, person, done, outcome: screeningOutcome(person, ageMonths, done.positive) }];
  });
  const positives = rows.filter((r) => r.done.positive === true);
  const others = rows.filter((r) => r.done.positive !== true);
  const skipped = plan.filter((p) => p.kind === 'skip');
  const passedOver = draft.skipped.flatMap((id) => {
    const person = persons.get(id);
    return person ? [person] : [];
  });

  const card = (row: (typeof rows)[number]) => {
    const instrument = instrumentById(row.entry.instrument);
    const name = fullName(row.person);
    return (
      <li key={row.person.id} className="card screening-result">
        <h4 className="card-title">
          <Link to={`/persons/${row.person.id}`}>{name}</Link>
        </h4>
        <p>
          <strong>{screeningText(row.done.positive, t)}</strong>
          {row.done.status === 'draft' ? ` (${t('assessment.status.draft')})` : null}
        </p>
        {row.outcome.withoutMse ? (
          <p>
            <Badge tone="warn">{t('screening.withoutMse')}</Badge>
          </p>
        ) : null}
        <ul className="plain-list link-list">
          <li>
            <Link to={`/assessments/${row.done.id}`}>
              {t('screening.seeResult', {
                instrument: instrument ? local(instrument.title, language) : row.entry.instrument,
              })}
            </Link>
          </li>
          {row.done.positive === true
            ? row.outcome.deeper.map((id) => {
                const d = instrumentById(id);
                return d ? (
                  <li key={id}>
                    <Link to={`/persons/${row.person.id}/assessments/new?instrument=${id}`}>
                      {t('screening.deeper', { instrument: local(d.title, language), name })}
                    </Link>
                  </li>
                ) : null;
              })
            : null}
        </ul>
      </li>
    );
  };

  return (
    <section aria-labelledby="screening-results">
      <h2 id="screening-results" ref={heading} tabIndex={-1}>
        {t('screening.results')}
      </h2>
      <p className="lead">
        {t('screening.summary', { positive: positives.length, screened: rows.length })}
      </p>
      <h3>{t('screening.positiveHeading')}</h3>
      {positives.length ? (
        <ul className="card-list">{positives.map(card)}</ul>
      ) : (
        <p className="muted">{t('screening.noPositive')}</p>
      )}
      {others.length ? (
        <>
          <h3>{t('screening.othersHeading')}</h3>
          <ul className="card-list">{others.map(card)}</ul>
        </>
      ) : null}
      {skipped.length || passedOver.length ? (
        <>
          <h3>{t('screening.skippedHeading')}</h3>
          <ul className="plain-list">
            {passedOver.map((person) => (
              <li key={person.id}>
                <Link to={`/persons/${person.id}`}>{fullName(person)}</Link>:{' '}
                {t('screening.reason.passedOver')}
              </li>
            ))}
            {skipped.map((p) => {
              const person = persons.get(p.personId);
              return person && p.kind === 'skip' ? (
                <li key={p.personId}>
                  <Link to={`/persons/${person.id}`}>{fullName(person)}</Link>:{' '}
                  {t(REASON[p.reason])}
                </li>
              ) : null;
            })}
          </ul>
        </>
      ) : null}
      <div className="form-actions">
        <Button className="button primary" onPress={onFinish}>
          {t('screening.finish')}
        </Button>
      </div>
    </section>
  );
}
