import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context.js';

let firstRender = true;

/**
 * The page's one h1. It names the browser tab and, after client-side navigation, takes focus so a
 * screen reader announces the new page (the first page load keeps the browser's own focus).
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const { t } = useI18n();
  const ref = useRef<HTMLHeadingElement>(null);
  const appName = t('app.name');

  useEffect(() => {
    document.title = `${title} — ${appName}`;
  }, [title, appName]);

  useEffect(() => {
    if (firstRender) {
      firstRender = false;
      return;
    }
    ref.current?.focus();
  }, []);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
}
