import { useI18n } from '../../../i18n/i18n-context.js';

/** Where the worker is in the builder: numbered steps, done ones ticked, the current one named. */
export function BuilderSteps<S extends string>({
  steps,
  current,
  name,
}: {
  steps: readonly S[];
  current: number;
  name: (step: S) => string;
}) {
  const { t } = useI18n();
  return (
    <ol className="steps" aria-label={t('plan.builder.progress')}>
      {steps.map((step, index) => {
        const status = index < current ? 'done' : index === current ? 'current' : 'todo';
        return (
          <li
            key={step}
            className={`step step-${status}`}
            aria-current={status === 'current' ? 'step' : undefined}
          >
            <span className="step-number" aria-hidden="true">
              {index < current ? '✓' : index + 1}
            </span>
            <span className="step-name">{name(step)}</span>
          </li>
        );
      })}
    </ol>
  );
}
