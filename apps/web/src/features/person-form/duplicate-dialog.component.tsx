import { Button } from 'react-aria-components';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog.component.js';
import type { DuplicateCandidate } from '../../data/repository-error.js';
import { useI18n } from '../../i18n/i18n-context.js';

/**
 * "A similar person may already be registered": the worker either confirms this is someone else
 * (the request is sent again with confirmNotDuplicate) or opens the existing record.
 */
export function DuplicateDialog({
  candidates,
  personName,
  onConfirm,
  onCancel,
}: {
  candidates: readonly DuplicateCandidate[] | null;
  personName: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  return (
    <ConfirmDialog
      isOpen={candidates !== null}
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
      title={t('problem.possible_duplicate')}
    >
      <p>{t('duplicate.intro', { name: personName })}</p>
      <p>{t('person.duplicateWarning')}</p>
      <ul className="candidate-list">
        {(candidates ?? []).map((candidate) => (
          <li key={candidate.id} className="candidate">
            <strong>{candidate.name}</strong>
            {candidate.address ? <span className="muted">{candidate.address}</span> : null}
            <Link to={`/persons/${candidate.id}`} className="candidate-link">
              {t('duplicate.open', { name: candidate.name })}
            </Link>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <Button className="button primary" onPress={onConfirm}>
          {t('person.duplicateConfirm')}
        </Button>
        <Button className="button secondary" onPress={onCancel}>
          {t('action.cancel')}
        </Button>
      </div>
    </ConfirmDialog>
  );
}
