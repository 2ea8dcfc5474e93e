import type { Vault } from './vault.js';

/**
 * The vault (Web Crypto, IndexedDB through idb) behind a door that loads its code on first use:
 * the sign-in page never touches it, so it is not part of the first screen's JavaScript.
 */
export function createLazyVault(): Vault {
  let vault: Promise<Vault> | null = null;
  const real = () => (vault ??= import('./vault.js').then(({ createVault }) => createVault()));
  return {
    describe: async (...args) => (await real()).describe(...args),
    unlockWithPassword: async (...args) => (await real()).unlockWithPassword(...args),
    unlockWithPin: async (...args) => (await real()).unlockWithPin(...args),
    setPin: async (...args) => (await real()).setPin(...args),
    rewrapPassword: async (...args) => (await real()).rewrapPassword(...args),
  };
}
