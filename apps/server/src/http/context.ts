import {
  createTranslator,
  DEFAULT_LANGUAGE,
  LANGUAGES,
  type Actor,
  type Language,
  type Translate,
} from '@birge/domain';
import type { FastifyRequest } from 'fastify';
import { ProblemError } from './problem.js';

/** The signed-in user behind a request. */
export interface SessionUser extends Actor {
  username: string;
  displayName: string;
  language: Language;
  isDemo: boolean;
  /** A `family` user's own person in the household (the member invited); null otherwise. */
  personId: string | null;
  /** The work phone printed on the family's plan (`PATCH /auth/me`). */
  phone: string | null;
}

/** Who did something and from where: what the audit log and the change history record. */
export interface RequestMeta {
  actor: SessionUser | null;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
    sessionToken: string | null;
    lang: Language;
    t: Translate;
  }
}

const translators = Object.fromEntries(
  LANGUAGES.map((language) => [language, createTranslator(language)]),
) as Record<Language, Translate>;

export function translatorFor(language: Language = DEFAULT_LANGUAGE): Translate {
  return translators[language];
}

/** The signed-in user, or 401 problem. */
export function requireUser(req: FastifyRequest): SessionUser {
  if (!req.user) throw new ProblemError(401, 'unauthorized');
  return req.user;
}

/** The signed-in user a service acts for, or 401 problem. */
export function actorOf(meta: RequestMeta): SessionUser {
  if (!meta.actor) throw new ProblemError(401, 'unauthorized');
  return meta.actor;
}

export function requestMeta(req: FastifyRequest): RequestMeta {
  const agent = req.headers['user-agent'];
  return {
    actor: req.user,
    ip: req.ip || null,
    userAgent: typeof agent === 'string' ? agent.slice(0, 300) : null,
    requestId: String(req.id),
  };
}
