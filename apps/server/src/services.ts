import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { createActivitiesService } from './modules/activities/activities.service.js';
import { assessmentSyncEntities } from './modules/assessments/assessments.sync.js';
import { createAssessmentsService } from './modules/assessments/assessments.service.js';
import { createAuditLog } from './modules/audit/audit.service.js';
import { createAuthService } from './modules/auth/auth.service.js';
import { createConsentsService } from './modules/consents/consents.service.js';
import { createHouseholdsService } from './modules/households/households.service.js';
import { createPersonsService } from './modules/persons/persons.service.js';
import { createPlacesService } from './modules/places/places.service.js';
import { createUsersService } from './modules/users/users.service.js';
import { createPlansService } from './modules/plans/plans.service.js';
import { createPracticeService } from './modules/plans/practice.service.js';
import { createReviewsService } from './modules/plans/reviews.service.js';
import { createVisitsService } from './modules/visits/visits.service.js';
import { createEducationService } from './modules/education/education.service.js';
import { createLivelihoodService } from './modules/livelihood/livelihood.service.js';
import { planSyncEntities } from './modules/plans/plans.sync.js';
import { practiceSyncEntities } from './modules/plans/practice.sync.js';
import { visitSyncEntities } from './modules/visits/visits.sync.js';
import { createCaseloadsService } from './modules/caseloads/caseloads.service.js';
import { consentSyncEntity } from './modules/consents/consents.sync.js';
import { householdSyncEntities } from './modules/households/households.sync.js';
import { personSyncEntities } from './modules/persons/persons.sync.js';
import { createConflictsService } from './modules/sync/sync.conflicts.js';
import { createSyncRegistry } from './modules/sync/sync.entities.js';
import { createSyncService } from './modules/sync/sync.service.js';
import { createTasksService } from './modules/tasks/tasks.service.js';
import { createInvitationsService } from './modules/invitations/invitations.service.js';
import { createPrintService } from './modules/print/print.service.js';
import { createOrganizationsService } from './modules/organizations/organizations.service.js';
import { createReferralLetters } from './modules/referrals/referral-letter.js';
import { createReferralsService } from './modules/referrals/referrals.service.js';
import { referralSyncEntities } from './modules/referrals/referrals.sync.js';
import { educationSyncEntities } from './modules/education/education.sync.js';

/** Each service gets only the few parts it needs; this is the one place they are wired. */
export function createServices(database: Database, config: Config) {
  const { db } = database;
  const audit = createAuditLog(db);
  const places = createPlacesService(db);
  const households = createHouseholdsService(db, places, audit);
  // Entities devices hold and write; a module that wants offline use adds its own here.
  const household = householdSyncEntities(audit);
  const person = personSyncEntities(audit);
  const assessment = assessmentSyncEntities(audit);
  // The activity library; plans, practice and visits check the cards they name against it.
  const activities = createActivitiesService(db, audit);
  const plan = planSyncEntities(audit, activities);
  const practice = practiceSyncEntities(audit, activities);
  const visit = visitSyncEntities(audit, activities);
  const referral = referralSyncEntities(audit, places);
  const education = educationSyncEntities(audit);
  const registry = createSyncRegistry(
    [
      household.pulled,
      person.pulled,
      assessment.pulled,
      ...plan.pulled,
      practice.pulled,
      visit.pulled,
      referral.pulled,
      ...education.pulled,
    ],
    [
      household.pushed,
      person.pushed,
      consentSyncEntity(audit),
      assessment.pushed,
      ...plan.pushed,
      practice.pushed,
      visit.pushed,
      ...referral.pushed,
      ...education.pushed,
    ],
  );
  const plans = createPlansService(db, audit, activities);
  const auth = createAuthService(db, audit, config);
  const referrals = createReferralsService(db, audit, places);
  return {
    audit,
    places,
    auth,
    users: createUsersService(db, audit),
    households,
    caseloads: createCaseloadsService(db, households, audit),
    sync: createSyncService(db, registry, config),
    conflicts: createConflictsService(db, registry, audit),
    persons: createPersonsService(db, audit),
    consents: createConsentsService(db, audit),
    assessments: createAssessmentsService(db, audit),
    activities,
    plans,
    reviews: createReviewsService(db, audit, plans),
    practice: createPracticeService(db, audit, plans),
    visits: createVisitsService(db, audit, activities),
    tasks: createTasksService(db),
    invitations: createInvitationsService(db, audit, auth),
    print: createPrintService(db, audit),
    organizations: createOrganizationsService(db, places, audit),
    referrals,
    referralLetters: createReferralLetters(referrals, places, audit),
    education: createEducationService(db, audit),
    livelihood: createLivelihoodService(db, audit),
  };
}
export type Services = ReturnType<typeof createServices>;
