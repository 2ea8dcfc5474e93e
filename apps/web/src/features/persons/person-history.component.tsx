import type { MessageKey } from '@birge/domain';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { usePersonHistory } from '../../data/use-registry.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { fieldLabelKey } from '../person-form/field-labels.js';

const OPS: Record<string, MessageKey> = {
  create: 'history.create',
  update: 'history.update',
  delete: 'history.delete',
  redact: 'history.redact',
};

/** Who changed which fields and when (the values stay in the server's history). */
export function PersonHistory({ personId }: { personId: string }) {
  const { t, formatDateTime } = useI18n();
  const history = usePersonHistory(personId);
  if (history.isPending) return <Loading />;
  if (history.isError)
    return <LoadError error={history.error} onRetry={() => void history.refetch()} />;
  if (!history.data.length) return <p className="muted">{t('history.empty')}</p>;
  return (
    <ol className="history-list">
      {[...history.data].reverse().map((entry, index) => {
        const op = OPS[entry.op];
        // A new record lists every field; what matters there is only that it was created.
        const fields = (entry.op === 'create' ? [] : entry.fields)
          .map((field) => {
            const key = fieldLabelKey('person', field);
            return key ? t(key) : field;
          })
          .join(', ');
        return (
          <li key={`${entry.at}-${index}`}>
            {t('person.historyEntry', {
              date: formatDateTime(entry.at),
              actor: entry.actor ?? t('history.system'),
              fields: op ? `${t(op)}${fields ? ` (${fields})` : ''}` : fields,
            })}
          </li>
        );
      })}
    </ol>
  );
}
