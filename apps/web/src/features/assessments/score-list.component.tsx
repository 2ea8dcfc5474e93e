import type { Assessment, InstrumentDefinition, ScoreValue } from '@birge/domain';
import { visibleItems } from '@birge/domain';
import { useI18n } from '../../i18n/i18n-context.js';
import { answerLabel, local } from './answer-text.js';
import { describerFor } from './describers.js';
import { flagText, identifierText, numberText } from './result-words.js';
import { scoreView, type ScoreView } from './score-view.js';

function ViewValue({
  view,
  definition,
  assessment,
}: {
  view: ScoreView;
  definition: InstrumentDefinition;
  assessment: Assessment;
}) {
  const { t, language } = useI18n();
  switch (view.kind) {
    case 'identifier':
      return <p className="score-value">{identifierText(view.value, t)}</p>;
    case 'number':
      return <p className="score-value">{numberText(view.value, view.range, t)}</p>;
    case 'text':
      return <p className="score-value">{view.value ?? t('assessment.result.notScored')}</p>;
    case 'values':
      return (
        <dl className="facts">
          {view.rows.map((row) => (
            <div key={row.key} className="fact">
              <dt>{row.label}</dt>
              <dd>{row.value ?? t('assessment.result.notScored')}</dd>
            </div>
          ))}
        </dl>
      );
    case 'list':
      return view.rows.length === 0 ? (
        <p className="muted">{t('assessment.result.emptyList')}</p>
      ) : (
        <ul className="result-list">
          {view.rows.map((row) => (
            <li key={row.key}>
              <span className="result-list-title">{row.title}</span>
              {row.detail ? <span className="field-hint">{row.detail}</span> : null}
            </li>
          ))}
        </ul>
      );
    case 'flags': {
      const asked = new Set(
        visibleItems(definition, assessment.answers, { ageMonths: assessment.ageMonths }).map(
          (i) => i.id,
        ),
      );
      return (
        <ul className="domain-results">
          {view.rows.map((row) => (
            <li
              key={row.key}
              className={row.value === 1 ? 'domain-result domain-flagged' : 'domain-result'}
            >
              <span className="domain-name">{row.label}</span>
              {': '}
              <strong>{flagText(row.value, t)}</strong>
              {/* What was answered, where the domain has difficulty or lacks answers. */}
              {row.value === 0 ? null : (
                <ul className="domain-answers">
                  {row.items
                    .filter((item) => asked.has(item.id))
                    .map((item) => (
                      <li key={item.id}>
                        {local(item.text, language)} —{' '}
                        {answerLabel(definition, item, assessment.answers[item.id], language, t)}
                      </li>
                    ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      );
    }
  }
}

/** Every score of an assessment with its name, its meaning and its value in words. */
export function ScoreList({
  definition,
  assessment,
}: {
  definition: InstrumentDefinition;
  assessment: Assessment;
}) {
  const { t, language } = useI18n();
  const describe = describerFor(definition, t);
  return (
    <div className="score-list">
      {definition.scores.map((score) => {
        // The repository checked the scores' JSON shape (assessmentSchema), which is ScoreValue's.
        const value = assessment.scores[score.name] as ScoreValue | undefined;
        const view = scoreView(definition, score, value, language, t, describe);
        return (
          <section key={score.name} className="card score" aria-labelledby={`score-${score.name}`}>
            <h3 id={`score-${score.name}`} className="card-title">
              {local(score.label, language)}
            </h3>
            <p className="field-hint">{local(score.description, language)}</p>
            <ViewValue view={view} definition={definition} assessment={assessment} />
          </section>
        );
      })}
    </div>
  );
}
