import { canManageOrganizations, type Organization } from '@birge/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { BusyButton } from '../../components/busy-button.component.js';
import { ConfirmDialog } from '../../components/confirm-dialog.component.js';
import { PageHeading } from '../../components/page-heading.component.js';
import { Loading, LoadError, problemMessage } from '../../components/query-state.component.js';
import { isRepositoryError } from '../../data/repository-error.js';
import { useMe } from '../../data/use-session.js';
import { placeTrail } from '../../i18n/format.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { NotFoundPage } from '../system/not-found.page.js';
import { AccessibilityList } from './accessibility-list.component.js';
import { actorOfMe } from './directory-access.js';
import {
  displayName,
  elementLabel,
  languageLabel,
  sectorLabel,
  typeLabel,
} from './directory-words.js';
import { useOrganization, useRemoveOrganization } from './use-directory.js';
import './directory.css';

function flashOf(state: unknown): string | null {
  if (typeof state === 'object' && state !== null && 'flash' in state)
    return typeof state.flash === 'string' ? state.flash : null;
  return null;
}

function RemoveButton({ org, name }: { org: Organization; name: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const remove = useRemoveOrganization(org.id);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button className="button danger" onPress={() => setOpen(true)}>
        {t('directory.delete')}
      </Button>
      <ConfirmDialog isOpen={open} onOpenChange={setOpen} title={t('directory.delete')}>
        <p>{t('directory.deleteConfirm', { name })}</p>
        {remove.isError ? (
          <p className="notice notice-error" role="alert">
            {problemMessage(remove.error, t)}
          </p>
        ) : null}
        <div className="dialog-actions">
          <BusyButton
            className="button danger"
            busy={remove.isPending}
            busyLabel={t('status.saving')}
            onPress={() =>
              remove.mutate(undefined, {
                onSuccess: () => void navigate('/directory', { replace: true }),
              })
            }
          >
            {t('directory.delete')}
          </BusyButton>
          <Button className="button secondary" onPress={() => setOpen(false)}>
            {t('action.cancel')}
          </Button>
        </div>
      </ConfirmDialog>
    </>
  );
}

/** One organization: what it is, where, how to reach it, what it offers, how accessible it is. */
export function OrganizationPage() {
  const { organizationId = '' } = useParams();
  const { t, language } = useI18n();
  const me = useMe();
  const flash = flashOf(useLocation().state);
  const query = useOrganization(organizationId);
  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (isRepositoryError(query.error) && query.error.status === 404) return <NotFoundPage />;
    return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  }
  const org = query.data;
  const name = displayName(org, language);
  const canManage = canManageOrganizations(actorOfMe(me), org.placeCode);
  const otherNames = [org.name, ...Object.values(org.names)].filter((n) => n && n !== name);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/directory">{t('directory.back')}</Link>
      </p>
      <p className="organization-type">{typeLabel(t, org.type)}</p>
      <div className="page-head">
        <PageHeading title={name}>{name}</PageHeading>
        {canManage ? (
          <Link to={`/directory/${org.id}/edit`} className="button secondary">
            {t('action.edit')}
          </Link>
        ) : null}
      </div>
      {otherNames.length ? <p className="muted">{[...new Set(otherNames)].join(' · ')}</p> : null}
      {flash ? (
        <p className="notice notice-success" role="status">
          {flash}
        </p>
      ) : null}

      <section className="card organization-section" aria-labelledby="org-contacts">
        <h2 id="org-contacts" className="card-title">
          {t('directory.contacts')}
        </h2>
        <dl className="organization-facts">
          <div>
            <dt>{t('directory.address')}</dt>
            <dd>
              {org.address}
              <br />
              <span className="muted">{placeTrail(org.place)}</span>
            </dd>
          </div>
          {org.phone ? (
            <div>
              <dt>{t('directory.phone')}</dt>
              <dd>
                <a href={`tel:${org.phone.replace(/[^\d+]/g, '')}`}>{org.phone}</a>
              </dd>
            </div>
          ) : null}
          {org.email ? (
            <div>
              <dt>{t('directory.email')}</dt>
              <dd>
                <a href={`mailto:${org.email}`}>{org.email}</a>
              </dd>
            </div>
          ) : null}
          {org.website ? (
            <div>
              <dt>{t('directory.website')}</dt>
              <dd>
                <a href={org.website} rel="noopener noreferrer" target="_blank">
                  {org.website}
                </a>
              </dd>
            </div>
          ) : null}
          {org.openingHours ? (
            <div>
              <dt>{t('directory.openingHours')}</dt>
              <dd>{org.openingHours}</dd>
            </div>
          ) : null}
          {org.languages.length ? (
            <div>
              <dt>{t('directory.languages')}</dt>
              <dd>{org.languages.map((l) => languageLabel(t, l)).join(', ')}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('directory.sector')}</dt>
            <dd>{sectorLabel(language, org.sector)}</dd>
          </div>
          {!org.coordinates ? (
            <div>
              <dt>{t('directory.place')}</dt>
              <dd>{t('directory.noCoordinates')}</dd>
            </div>
          ) : null}
        </dl>
      </section>

      <section className="card organization-section" aria-labelledby="org-access">
        <h2 id="org-access" className="card-title">
          {t('directory.accessibility')}
        </h2>
        <AccessibilityList features={org.accessibility} />
      </section>

      {org.services.length ? (
        <section className="card organization-section" aria-labelledby="org-services">
          <h2 id="org-services" className="card-title">
            {t('directory.services')}
          </h2>
          <ul className="plain-list">
            {org.services.map((service) => (
              <li key={service}>{elementLabel(language, service)}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {org.description ? (
        <section className="card organization-section" aria-labelledby="org-about">
          <h2 id="org-about" className="card-title">
            {t('directory.description')}
          </h2>
          <p className="prewrap">{org.description}</p>
        </section>
      ) : null}

      {canManage ? (
        <p className="form-actions">
          <RemoveButton org={org} name={name} />
        </p>
      ) : null}
    </>
  );
}
