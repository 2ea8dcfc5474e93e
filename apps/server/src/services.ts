import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { createAuditLog } from './modules/audit/audit.service.js';
import { createAuthService } from './modules/auth/auth.service.js';
import { createConsentsService } from './modules/consents/consents.service.js';
import { createHouseholdsService } from './modules/households/households.service.js';
import { createPersonsService } from './modules/persons/persons.service.js';
import { createPlacesService } from './modules/places/places.service.js';
import { createUsersService } from './modules/users/users.service.js';

/** Each service gets only the few parts it needs; this is the one place they are wired. */
export function createServices(database: Database, config: Config) {
  const { db } = database;
  const audit = createAuditLog(db);
  const places = createPlacesService(db);
  return {
    audit,
    places,
    auth: createAuthService(db, audit, config),
    users: createUsersService(db, audit),
    households: createHouseholdsService(db, places, audit),
    persons: createPersonsService(db, audit),
    consents: createConsentsService(db, audit),
  };
}
export type Services = ReturnType<typeof createServices>;
