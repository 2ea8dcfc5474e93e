import { useSyncExternalStore } from 'react';

/**
 * Easy reading (docs/decisions/0024): larger type, pictures first, fewer words, one thing per
 * screen. A choice of the person holding the phone, not of the account (a grandmother and a
 * father may share one account on two phones), so it is remembered on the device.
 */
const KEY = 'birge.easyRead';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return window.localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

let current: boolean | null = null;

export const easyRead = {
  get: (): boolean => {
    current ??= read();
    return current;
  },
  set: (on: boolean) => {
    current = on;
    try {
      if (on) window.localStorage.setItem(KEY, '1');
      else window.localStorage.removeItem(KEY);
    } catch {
      // Private mode or full storage: the choice holds for this visit.
    }
    for (const listener of listeners) listener();
  },
  subscribe: (listener: () => void) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
};

export function useEasyRead(): boolean {
  return useSyncExternalStore(easyRead.subscribe, easyRead.get);
}
