import { Link, NavLink } from 'react-router';
import { useSession } from '../data/use-session.js';
import { supervisionLinks } from '../features/supervision/supervision-access.js';
import { useI18n } from '../i18n/i18n-context.js';
import { useDeviceState } from '../offline/device-context.js';
import { SignOutButton } from '../offline/sign-out.component.js';
import { SyncStatusBar } from '../offline/sync-status.component.js';
import { allows } from './guards.component.js';
import { LanguageSwitch } from './language-switch.component.js';

function Logo() {
  return (
    <svg className="logo" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" />
      <circle cx="24" cy="26" r="8" className="logo-a" />
      <circle cx="40" cy="26" r="8" className="logo-b" />
      <path d="M12 50c2-9 7-13 12-13s10 4 12 13M28 50c2-9 7-13 12-13s10 4 12 13" />
    </svg>
  );
}

export function Header() {
  const { t } = useI18n();
  const { data: me } = useSession();
  const device = useDeviceState();

  const links = me
    ? [
        // A family reads its own household through its own pages (/family).
        ...(allows(me.role, 'registry-read') && me.role !== 'family'
          ? [{ to: '/households', label: t('nav.households') }]
          : []),
        ...(allows(me.role, 'registry-write')
          ? [{ to: '/households/new', label: t('nav.register') }]
          : []),
        ...(allows(me.role, 'audit')
          ? [
              { to: '/audit', label: t('nav.audit') },
              { to: '/admin/activities', label: t('nav.activities') },
            ]
          : []),
        ...(me.role === 'provider' ? [{ to: '/inbox', label: t('nav.inbox') }] : []),
        ...supervisionLinks(me, t),
        // The service directory is public service information: every role reads it.
        { to: '/directory', label: t('nav.directory') },
        ...(device.kind === 'open' ? [{ to: '/sync', label: t('nav.sync') }] : []),
        // Everyone but the family (whose own pages are /family) has a page of their own.
        ...(me.role !== 'family' ? [{ to: '/profile', label: t('nav.profile') }] : []),
      ]
    : [];

  return (
    <header className="site-header">
      <div className="header-bar container">
        <Link to="/" className="brand">
          <Logo />
          <span className="brand-text">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </span>
        </Link>
        <LanguageSwitch />
      </div>
      {me ? <SyncStatusBar /> : null}
      {me ? (
        <div className="header-nav container">
          {links.length ? (
            <nav aria-label={t('nav.main')}>
              <ul className="nav-list">
                {links.map((link) => (
                  <li key={link.to}>
                    <NavLink to={link.to} end className="nav-link">
                      {link.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </nav>
          ) : null}
          <div className="user-box">
            <span className="user-name">
              {t('nav.signedInAs', { name: me.displayName, role: t(`role.${me.role}`) })}
            </span>
            <SignOutButton />
          </div>
        </div>
      ) : null}
    </header>
  );
}
