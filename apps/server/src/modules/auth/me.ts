import type { Me } from '@birge/domain';
import type { Config } from '../../config.js';
import type { SessionUser } from '../../http/context.js';
import type { PlacesService } from '../places/places.service.js';

/** The signed-in user as the app sees them, with their places named in their language. */
export async function meOf(user: SessionUser, places: PlacesService): Promise<Me> {
  const labels = await places.labels(user.scopes, user.language);
  return {
    id: user.userId,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    language: user.language,
    scopes: user.scopes.map((code) => ({ code, name: labels.get(code)?.name ?? code })),
    householdId: user.householdId,
    organizationId: user.organizationId,
    isDemo: user.isDemo,
    personId: user.personId,
    phone: user.phone,
  };
}

/** The session cookie: HttpOnly, SameSite=Strict, Secure in production (docs/decisions/0007). */
export function sessionCookieOptions(config: Config) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: config.secureCookies,
    maxAge: config.sessionMaxDays * 24 * 3600,
  };
}
