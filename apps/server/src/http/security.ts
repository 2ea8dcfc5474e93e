import { negotiateLanguage } from '@birge/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuthService } from '../modules/auth/auth.service.js';
import { translatorFor } from './context.js';
import { ProblemError } from './problem.js';

export const SESSION_COOKIE = 'birge_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Cross-site request forgery: the session cookie is SameSite=Strict, bodies must be JSON (no form
 * can send it cross-site without a preflight), and a browser's Origin or Sec-Fetch-Site must say
 * the request came from this site. Clients that send neither (scripts, the CLI) are not browsers
 * and carry no ambient cookie.
 */
export function isCrossSite(req: FastifyRequest): boolean {
  if (!UNSAFE.has(req.method)) return false;
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') return true;
  const origin = req.headers.origin;
  if (typeof origin !== 'string' || origin === '') return false;
  try {
    // req.host honours X-Forwarded-Host when BIRGE_TRUST_PROXY is on (a reverse proxy in front).
    const host = (req as Partial<FastifyRequest>).host ?? req.headers.host;
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** Resolves the session and the language for every request, and refuses cross-site writes. */
export function registerRequestContext(app: FastifyInstance, auth: AuthService): void {
  app.decorateRequest('user', null);
  app.decorateRequest('sessionToken', null);
  app.decorateRequest('lang', 'kk');
  app.decorateRequest('t', translatorFor('kk'));

  app.addHook('onRequest', async (req: FastifyRequest, _reply: FastifyReply) => {
    const header = req.headers['accept-language'];
    req.lang = negotiateLanguage(header);
    req.t = translatorFor(req.lang);
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      req.sessionToken = token;
      try {
        req.user = await auth.resolve(token);
      } catch (error) {
        // A disabled account's old cookie must not stop someone else signing in on the device.
        if (!/^\/api\/v1\/auth\/(login|invitation)\b/.test(req.url)) throw error;
      }
      if (req.user && !header) {
        req.lang = req.user.language;
        req.t = translatorFor(req.lang);
      }
    }
    if (isCrossSite(req)) throw new ProblemError(403, 'cross_site');
  });
}
