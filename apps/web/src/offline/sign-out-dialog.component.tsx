import { Button } from 'react-aria-components';
import { ConfirmDialog } from '../components/confirm-dialog.component.js';
import { useI18n } from '../i18n/i18n-context.js';

/** Asks before signing out loses changes that never reached the server (loaded when needed). */
export function SignOutDialog({
  unsent,
  onLeave,
  onStay,
}: {
  unsent: number;
  onLeave: () => void;
  onStay: () => void;
}) {
  const { t } = useI18n();
  return (
    <ConfirmDialog
      isOpen={unsent > 0}
      onOpenChange={(open) => {
        if (!open) onStay();
      }}
      title={t('signOut.unsentTitle')}
    >
      <p>{t('signOut.unsentText', { count: unsent })}</p>
      <div className="form-actions">
        <Button className="button danger" onPress={onLeave}>
          {t('signOut.confirm')}
        </Button>
        <Button className="button secondary" slot="close" onPress={onStay}>
          {t('signOut.stay')}
        </Button>
      </div>
    </ConfirmDialog>
  );
}
