import type { Activity } from '@birge/domain';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { focusField } from '../../components/error-summary.component.js';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError } from '../../components/query-state.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { NotFoundPage } from '../system/not-found.page.js';
import { fieldId } from './card-draft.js';
import { CardForm } from './card-form.component.js';
import { useLibraryCard } from './use-library.js';
import '../plans/plans.css';
import './library.css';

const LIST = '/admin/activities';

function flashOf(state: unknown): string | null {
  if (typeof state === 'object' && state !== null && 'flash' in state)
    return typeof state.flash === 'string' ? state.flash : null;
  return null;
}

function BackToLibrary() {
  const { t } = useI18n();
  return (
    <p className="breadcrumb">
      <Link to={LIST}>{t('library.back')}</Link>
    </p>
  );
}

/** `/admin/activities/:activityId`: change a card's texts, ages, elements and picture. */
export function CardPage() {
  const { activityId = '' } = useParams();
  const { t, language } = useI18n();
  const location = useLocation();
  const card = useLibraryCard(activityId);
  const [saved, setSaved] = useState<string | null>(() => flashOf(location.state));
  // A reload after a conflict starts the form again even if the version read is the same.
  const [loads, setLoads] = useState(0);

  if (card.isPending) return <Loading />;
  if (card.isError) {
    if (isRepositoryError(card.error) && card.error.status === 404) return <NotFoundPage />;
    return <LoadError error={card.error} onRetry={() => void card.refetch()} />;
  }
  const current = card.data;
  const title = t('card.editTitle', { title: current.title[language] });
  return (
    <div className="library-area">
      <BackToLibrary />
      <PageHeading title={title}>{title}</PageHeading>
      <p className="muted">
        {t('card.meta', { id: current.id, version: current.version })} ·{' '}
        {t(`library.origin.${current.origin}`)}
      </p>
      {current.origin === 'builtin' ? <p>{t('card.builtinNote')}</p> : null}
      <div role="status">{saved ? <p className="notice notice-success">{saved}</p> : null}</div>
      <CardForm
        key={loads}
        card={current}
        cancelTo={LIST}
        onSaved={(next: Activity) => setSaved(t('card.saved', { version: next.version }))}
        onReload={() => {
          setSaved(null);
          void card.refetch().then(() => {
            setLoads((n) => n + 1);
            // The form starts again from the new version: put the keyboard at its first field.
            requestAnimationFrame(() => focusField(fieldId('title.kk')));
          });
        }}
      />
    </div>
  );
}

/** `/admin/activities/new`: a card of the administrator's own. */
export function NewCardPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const title = t('card.newTitle');
  return (
    <div className="library-area">
      <BackToLibrary />
      <PageHeading title={title}>{title}</PageHeading>
      <CardForm
        cancelTo={LIST}
        onSaved={(card) =>
          void navigate(`${LIST}/${encodeURIComponent(card.id)}`, {
            replace: true,
            state: { flash: t('card.created') },
          })
        }
      />
    </div>
  );
}
