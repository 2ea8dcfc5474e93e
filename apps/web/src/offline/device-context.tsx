import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { DeviceSession, DeviceState } from './device-session.js';
import type { SyncStatus } from './sync-engine.js';

const DeviceContext = createContext<DeviceSession | null>(null);

export function DeviceProvider({
  device,
  children,
}: {
  device: DeviceSession;
  children: ReactNode;
}) {
  return <DeviceContext value={device}>{children}</DeviceContext>;
}

export function useDevice(): DeviceSession {
  const device = useContext(DeviceContext);
  if (!device) throw new Error('useDevice needs a DeviceProvider');
  return device;
}

export function useDeviceState(): DeviceState {
  const device = useDevice();
  return useSyncExternalStore(device.subscribe, device.getState);
}

const noop = () => () => undefined;
const none = () => null;

/** The sync engine's status while the store is open; null otherwise. */
export function useSyncStatus(): SyncStatus | null {
  const device = useDevice();
  useDeviceState();
  const engine = device.getEngine();
  return useSyncExternalStore(engine?.subscribe ?? noop, engine?.getStatus ?? none);
}
