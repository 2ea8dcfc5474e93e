import type { ReactNode } from 'react';

/**
 * A table that may scroll sideways on a phone. The scrolling region is focusable so it can be
 * scrolled by keyboard (WCAG 2.1.1), and named by the table's caption.
 */
export function TableRegion({ captionId, children }: { captionId: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      {children}
    </div>
  );
}
