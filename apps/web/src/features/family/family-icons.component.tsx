import type { DayState } from './today.js';

/**
 * The marks of the family's pages. Each state has its own shape — a tick, a half-filled circle,
 * a cross, an empty circle, a dot — so nothing is told by colour alone; words always go with
 * them (beside them, or as hidden text for a screen reader).
 */
export function StateIcon({ state, size = 24 }: { state: DayState; size?: number }) {
  return (
    <svg
      className={`state-icon state-${state}`}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {state === 'done' ? (
        <>
          <circle cx="12" cy="12" r="10" />
          <path d="M7 12.5l3.5 3.5L17 9" />
        </>
      ) : state === 'partly' ? (
        <>
          <circle cx="12" cy="12" r="10" />
          <path d="M12 2a10 10 0 0 0 0 20z" fill="currentColor" />
        </>
      ) : state === 'not_today' ? (
        <>
          <circle cx="12" cy="12" r="10" />
          <path d="M8 8l8 8M16 8l-8 8" />
        </>
      ) : state === 'none' ? (
        <circle cx="12" cy="12" r="9" strokeDasharray="3 3" strokeWidth="2" />
      ) : state === 'coming' ? (
        <circle cx="12" cy="12" r="2" fill="currentColor" />
      ) : (
        <path d="M7 12h10" strokeWidth="2" />
      )}
    </svg>
  );
}
