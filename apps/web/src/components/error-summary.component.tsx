import { useEffect, useId, useRef } from 'react';
import { useI18n } from '../i18n/i18n-context.js';
import { focusField } from './focus.js';

// Forms that move focus without a summary take it from here, so `focus.ts` stays in this chunk
// rather than becoming one more small chunk of the first screen (decision 0013).
export { focusField };

export interface SummaryItem {
  /** Id of the control the message is about; without it the item is plain text. */
  fieldId?: string | undefined;
  message: string;
}

/**
 * "There is a problem" box at the top of a form (GOV.UK pattern): it takes focus when a submit
 * fails, and every message links to its field.
 */
export function ErrorSummary({
  items,
  attempt,
  title,
}: {
  items: readonly SummaryItem[];
  /** Changes on every failed submit, so focus returns to the summary each time. */
  attempt: number;
  title?: string;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const visible = items.length > 0;

  useEffect(() => {
    if (visible && attempt > 0) {
      ref.current?.focus();
      ref.current?.scrollIntoView({ block: 'start' });
    }
  }, [attempt, visible]);

  if (!visible) return null;
  return (
    <div ref={ref} className="error-summary" tabIndex={-1} role="group" aria-labelledby={headingId}>
      <h2 id={headingId} className="error-summary-title">
        {title ?? t('form.errorSummary')}
      </h2>
      <ul>
        {items.map((item, index) => (
          <li key={`${item.fieldId ?? ''}-${index}`}>
            {item.fieldId ? (
              <a
                href={`#${item.fieldId}`}
                onClick={(event) => {
                  const id = item.fieldId;
                  if (id && focusField(id)) event.preventDefault();
                }}
              >
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
