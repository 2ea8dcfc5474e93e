import { hash, verify, type Algorithm } from '@node-rs/argon2';

/** argon2id with the OWASP Password Storage Cheat Sheet's minimum: 19 MiB, 2 passes, 1 lane. */
// Algorithm is a const enum that isolated modules cannot read; 2 is its Argon2id member.
const OPTIONS = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Checked when the username does not exist, so a miss takes as long as a wrong password.
let decoy: Promise<string> | null = null;
export async function verifyDecoy(password: string): Promise<void> {
  decoy ??= hashPassword('decoy-password-for-timing');
  await verifyPassword(await decoy, password);
}
