import type { Page } from 'playwright-core';

/** A scripted scroll through the household list, measuring frames and long tasks in the page. */

export interface ScrollResult {
  /** Households in the list at the end. */
  items: number;
  /** "Show more" presses. */
  presses: number;
  seconds: number;
  /** Intervals between animation frames, ms. */
  frames: number[];
  /** Long tasks (> 50 ms) during the scroll, ms each. */
  longTasks: number[];
  /** From a "Show more" press until the next households were in the list, ms each. */
  pageLoads: number[];
}

/**
 * Scrolls the document 40 px per frame (a steady 2,400 px/s fling at 60 Hz), presses "Show more"
 * whenever it comes into view (as the worker would), until the list has `expected` households
 * and the end is reached, or `timeoutMs` passes.
 */
export function scrollList(page: Page, expected: number, timeoutMs = 300_000) {
  return page.evaluate(
    ({ expected, timeoutMs }) =>
      new Promise<ScrollResult>((resolve) => {
        const frames: number[] = [];
        const longTasks: number[] = [];
        const pageLoads: number[] = [];
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) longTasks.push(entry.duration);
        });
        observer.observe({ type: 'longtask', buffered: false });
        const started = performance.now();
        let last = started;
        let presses = 0;
        let pressedAt: number | null = null;
        let countAtPress = 0;
        const count = () => document.querySelectorAll('.card-list > li').length;
        const tick = (now: number) => {
          frames.push(now - last);
          last = now;
          const items = count();
          if (pressedAt !== null && items > countAtPress) {
            pageLoads.push(now - pressedAt);
            pressedAt = null;
          }
          const scroller = document.scrollingElement ?? document.documentElement;
          scroller.scrollTop += 40;
          const more = document.querySelector<HTMLButtonElement>('.load-more button');
          if (more && pressedAt === null) {
            const box = more.getBoundingClientRect();
            if (box.top < window.innerHeight && box.bottom > 0) {
              pressedAt = performance.now();
              countAtPress = items;
              presses++;
              more.click();
            }
          }
          const atEnd = scroller.scrollTop + window.innerHeight >= scroller.scrollHeight - 2;
          const done = (items >= expected && !more && atEnd) || now - started > timeoutMs;
          if (done) {
            observer.disconnect();
            resolve({
              items,
              presses,
              seconds: (now - started) / 1000,
              frames: frames.slice(1),
              longTasks,
              pageLoads,
            });
          } else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    { expected, timeoutMs },
  );
}
