import { Navigate, NavLink, Outlet } from 'react-router';
import { useMe } from '../../data/use-session.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { easyRead, useEasyRead } from './easy-read.js';
import './family.css';

/**
 * The family's pages (decision 0024): two big tabs — today and the plan — and the easy-read
 * switch, remembered on the phone. Only a `family` account reads them; home sends anyone else to their own.
 */
export function FamilyLayout() {
  const me = useMe();
  const { t } = useI18n();
  const easy = useEasyRead();
  // Other roles have pages of their own: home sends each where it belongs.
  if (me.role !== 'family') return <Navigate to="/" replace />;
  return (
    <div className={easy ? 'family easy-read' : 'family'}>
      <div className="family-bar">
        <nav aria-label={t('family.nav.label')}>
          <ul className="family-tabs">
            <li>
              <NavLink to="/family" end className="family-tab">
                {t('family.nav.today')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/family/plan" className="family-tab">
                {t('family.nav.plan')}
              </NavLink>
            </li>
          </ul>
        </nav>
        {/* A plain toggle button (aria-pressed): React Aria's ToggleButton would split the
            first screen's Button chunk (decision 0013) for no gain here. */}
        <button
          type="button"
          className="easy-read-toggle"
          aria-pressed={easy}
          aria-describedby="easy-read-hint"
          onClick={() => easyRead.set(!easy)}
        >
          <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <rect
              x="3"
              y="3"
              width="18"
              height="18"
              rx="3"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            />
            {easy ? (
              <path
                d="M7 12.5l3.5 3.5L17 8.5"
                fill="none"
                stroke="currentColor"
                strokeWidth="2.5"
              />
            ) : null}
          </svg>
          <span>{t('family.easyRead.label')}</span>
        </button>
        <span id="easy-read-hint" className="visually-hidden">
          {t('family.easyRead.hint')}
        </span>
      </div>
      <Outlet />
    </div>
  );
}
