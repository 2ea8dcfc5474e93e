import type { Translate } from '@birge/domain';
import { Button } from 'react-aria-components';
import { isRepositoryError } from '../data/repository-error.js';
import { useI18n } from '../i18n/i18n-context.js';

/** What to tell the user about a failure: the server's localized title, or our own words. */
export function problemMessage(error: unknown, t: Translate): string {
  if (isRepositoryError(error)) {
    if (error.code === 'network') return t('status.offline');
    if (error.code === 'internal' && error.status >= 500) return t('problem.internal');
    if (error.title && error.title !== error.code) return error.title;
  }
  return t('status.error', { message: error instanceof Error ? error.message : String(error) });
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {t('status.loading')}
    </p>
  );
}

export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="notice notice-error" role="alert">
      <p>{problemMessage(error, t)}</p>
      {onRetry ? (
        <Button className="button secondary" onPress={onRetry}>
          {t('action.retry')}
        </Button>
      ) : null}
    </div>
  );
}
