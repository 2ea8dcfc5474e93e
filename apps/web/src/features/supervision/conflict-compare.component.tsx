import type { Conflict } from '@birge/domain';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useI18n } from '../../i18n/i18n-context.js';
import { fieldLabel, formatFieldValue, type Picks, type Side } from './conflict-fields.js';
import { TableRegion } from './table-region.component.js';

function Lines({ lines }: { lines: string[] }) {
  if (lines.length === 1) return <span className="compare-value">{lines[0]}</span>;
  return (
    <ul className="compare-value compare-lines">
      {lines.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </ul>
  );
}

function useValues(conflict: Conflict) {
  const { t, formatDate } = useI18n();
  const ctx = { t, formatDate };
  return (field: string, side: Side) => {
    const data = side === 'server' ? conflict.serverData : conflict.deviceData;
    return formatFieldValue(conflict.entity, field, data?.[field], ctx);
  };
}

/** The id of a field's choice, so an error summary can send focus to it. */
export const pickId = (field: string) => `pick-${field}`;

/**
 * Field by field, the server's value beside the device's, with a choice per field (a radio group:
 * arrow keys move between the two versions, Tab to the next field).
 */
export function ConflictChoices({
  conflict,
  picks,
  onPick,
  errors,
}: {
  conflict: Conflict;
  picks: Picks;
  onPick: (field: string, side: Side) => void;
  errors: Readonly<Record<string, string>>;
}) {
  const { t } = useI18n();
  const value = useValues(conflict);
  return (
    <div className="compare-list">
      {conflict.fields.map((field) => (
        <RadioGroup
          key={field}
          id={pickId(field)}
          className="compare-field"
          value={picks[field] ?? 'server'}
          onChange={(next) => onPick(field, next === 'device' ? 'device' : 'server')}
          isInvalid={Boolean(errors[field])}
          validationBehavior="aria"
        >
          <Label className="compare-label">{fieldLabel(conflict.entity, field, t)}</Label>
          {errors[field] ? <p className="field-error">{errors[field]}</p> : null}
          <div className="compare-choices">
            {(['server', 'device'] as const).map((side) => (
              <Radio key={side} value={side} className="radio compare-choice">
                <span className="radio-dot" aria-hidden="true" />
                <span className="checkbox-label">
                  <span className="compare-side">
                    {side === 'server'
                      ? t('supervision.conflict.serverValue')
                      : t('supervision.conflict.deviceValue')}
                  </span>
                  <Lines lines={value(field, side)} />
                </span>
              </Radio>
            ))}
          </div>
        </RadioGroup>
      ))}
    </div>
  );
}

/** The same comparison without choices: for resolved conflicts and for readers who may not choose. */
export function ConflictTable({ conflict }: { conflict: Conflict }) {
  const { t } = useI18n();
  const value = useValues(conflict);
  return (
    <TableRegion captionId="compare-caption">
      <table className="table table-compact">
        <caption id="compare-caption">{t('supervision.conflict.compareCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('supervision.conflict.field')}</th>
            <th scope="col">{t('supervision.conflict.serverValue')}</th>
            <th scope="col">{t('supervision.conflict.deviceValue')}</th>
          </tr>
        </thead>
        <tbody>
          {conflict.fields.map((field) => (
            <tr key={field}>
              <th scope="row">{fieldLabel(conflict.entity, field, t)}</th>
              <td>
                <Lines lines={value(field, 'server')} />
              </td>
              <td>
                <Lines lines={value(field, 'device')} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
