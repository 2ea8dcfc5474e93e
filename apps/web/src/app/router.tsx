import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RequireRole, RequireSession, type Need } from './guards.component.js';
import { Layout } from './layout.component.js';
import { RouteError } from './route-error.component.js';
import { supervisionRoutes } from '../features/supervision/supervision.routes.js';
import { directoryRoutes } from '../features/directory/directory.routes.js';
import { DeviceGate } from '../offline/device-gate.component.js';
import { loadCatalogueParts, type CataloguePart } from '../i18n/catalogues.js';
import type { FamilyPageName } from '../features/family/family.pages.js';
import type { PlansPageName } from '../features/plans/plans.pages.js';
import type { LibraryPageName } from '../features/library/library.pages.js';
import type { ReferralPageName } from '../features/referrals/referrals.pages.js';

/**
 * Route-level code splitting: each page is its own chunk, loaded when first visited, with the
 * Kazakh catalogue parts it needs.
 */
function page(
  load: () => Promise<ComponentType>,
  parts: readonly CataloguePart[] = [],
): LazyExoticComponent<ComponentType> {
  return lazy(async () => {
    const [component] = await Promise.all([load(), loadCatalogueParts(parts)]);
    return { default: component };
  });
}

const ASSESSMENTS = ['assessments'] as const;
const PLANS = ['plans'] as const;
const ASSESSMENTS_AND_PLANS = ['assessments', 'plans'] as const;

const SignInPage = page(async () => (await import('../features/auth/sign-in.page.js')).SignInPage);
const HomePage = page(async () => (await import('../features/system/home.page.js')).HomePage);
const NotFoundPage = page(
  async () => (await import('../features/system/not-found.page.js')).NotFoundPage,
);
const HouseholdListPage = page(
  async () => (await import('../features/households/household-list.page.js')).HouseholdListPage,
  // The worker's tasks are above the list; members in no education are marked.
  [...PLANS, 'education'],
);
const HouseholdPage = page(
  async () => (await import('../features/households/household.page.js')).HouseholdPage,
  // The supervisor's assignment box, the household's tasks and visits are on the household page.
  ['assessments', 'supervision', 'plans', 'education'],
);
const AddMemberPage = page(
  async () => (await import('../features/households/add-member.page.js')).AddMemberPage,
);
const RegistrationWizardPage = page(
  async () =>
    (await import('../features/wizard/registration-wizard.page.js')).RegistrationWizardPage,
);
const PersonPage = page(
  async () => (await import('../features/persons/person.page.js')).PersonPage,
  // Its sections: assessments, plans, education and referrals.
  ['assessments', 'plans', 'education', 'referrals'],
);
const PersonEditPage = page(
  async () => (await import('../features/persons/person-edit.page.js')).PersonEditPage,
);
const ConsentNewPage = page(
  async () => (await import('../features/persons/consent-new.page.js')).ConsentNewPage,
);
const NewAssessmentPage = page(
  async () => (await import('../features/assessments/new-assessment.page.js')).NewAssessmentPage,
  ASSESSMENTS,
);
const AssessmentPage = page(
  async () => (await import('../features/assessments/assessment.page.js')).AssessmentPage,
  ASSESSMENTS,
);
const EditAssessmentPage = page(
  async () => (await import('../features/assessments/edit-assessment.page.js')).EditAssessmentPage,
  ASSESSMENTS,
);
const ScreeningPage = page(
  async () => (await import('../features/screening/screening.page.js')).ScreeningPage,
  ASSESSMENTS,
);
/** Plan, visit and task pages, through one small module (features/plans/plans.pages.ts). */
const plansPage = (name: PlansPageName) =>
  page(
    async () => (await import('../features/plans/plans.pages.js')).plansPages[name](),
    ASSESSMENTS_AND_PLANS,
  );
/** The family's pages (decision 0024), through one small module as the plans' are. */
const FAMILY = ['plans', 'family'] as const;
const familyPage = (name: FamilyPageName, parts: readonly CataloguePart[] = FAMILY) =>
  page(async () => (await import('../features/family/family.pages.js')).familyPages[name](), parts);
const InvitationPage = familyPage('InvitationPage', ['family']);
const FamilyLayout = familyPage('FamilyLayout');
const FamilyTodayPage = familyPage('FamilyTodayPage');
const FamilyPlanPage = familyPage('FamilyPlanPage');
const FamilyActivityPage = familyPage('FamilyActivityPage');
/**
 * Referral pages (decision 0029): the plans' part for CBR element names, the referrals' texts, the
 * education part for what a provider is shown of the child's education.
 */
const referralPage = (name: ReferralPageName) =>
  page(
    async () => (await import('../features/referrals/referrals.pages.js')).referralPages[name](),
    ['plans', 'referrals', 'education'],
  );
const AuditPage = page(async () => (await import('../features/audit/audit.page.js')).AuditPage);
/** The activity library editor (admins, decision 0025) and the user's own page, through one module. */
const libraryPage = (name: LibraryPageName, parts: readonly CataloguePart[]) =>
  page(
    async () => (await import('../features/library/library.pages.js')).libraryPages[name](),
    parts,
  );
const LIBRARY = ['plans', 'library'] as const;
const LibraryPage = libraryPage('LibraryPage', LIBRARY);
const CardPage = libraryPage('CardPage', LIBRARY);
const NewCardPage = libraryPage('NewCardPage', LIBRARY);
const ProfilePage = libraryPage('ProfilePage', ['account']);
const SyncPage = page(async () => (await import('../offline/sync.page.js')).SyncPage);
const ChangePinPage = page(async () => {
  const { PinSetupPage } = await import('../offline/pin-setup.page.js');
  return function ChangePinPage() {
    return <PinSetupPage change />;
  };
});

function guarded(path: string, need: Need, Page: ComponentType): RouteObject {
  return {
    path,
    element: (
      <RequireRole need={need}>
        <Page />
      </RequireRole>
    ),
  };
}

/**
 * Route map:
 *   /sign-in                              sign in
 *   /                                     home: redirects by role, or explains what the role sees
 *   /households                           household list (search, show more)
 *   /households/new                       registration wizard
 *   /households/:householdId              household page
 *   /households/:householdId/members/new  add a member
 *   /households/:householdId/screening    screen every member in one pass, then who needs what
 *   /persons/:personId                    person page (consents, history)
 *   /persons/:personId/edit               edit a person
 *   /persons/:personId/consents/new       record a consent
 *   /persons/:personId/assessments/new    choose an instrument for the person's age and fill it in
 *   /assessments/:assessmentId            an assessment's result, answers, "continue" for drafts
 *   /assessments/:assessmentId/edit       continue a draft or correct answers
 *   /plans/new?personId=                  plan builder: period, goals (from assessments too),
 *                                         home programme from the activity library, check
 *   /plans/:planId                        a plan: goals with GAS levels, home programme and
 *                                         adherence, reviews and the T-score trend, versions
 *   /plans/:planId/edit                   the builder on a saved plan
 *   /plans/:planId/reviews/new            GAS review: every goal −2…+2, T-score on the device
 *   /visits/new?householdId=              record a visit (&planId=&personId= preselect)
 *   /visits/:visitId/edit                 correct a visit record
 *   /tasks                                the worker's follow-ups (overdue, today, coming)
 *   /invitation                           sign in with a family invitation code (?code=)
 *   /family                               the family's day: today's activities, one tap to log,
 *                                         the week so far (family role only)
 *   /family/plan                          the plan in plain words, the next visit
 *   /family/activities/:assignmentId      an activity's steps, safety and stop signs
 *   /persons/:personId/referrals/new      refer the person to a service of the directory
 *   /referrals/:referralId                a referral: status, history, the next step
 *   /inbox                                the provider's referrals (their organization's)
 *   /audit                                audit log (admin)
 *   /sync                                 sync status, "Sync now", problems (device users)
 *   /sync/pin                             change the device PIN
 *   /profile                              the user's details and work phone
 *   /admin/activities                     the activity library: search, filter by area (admin)
 *   /admin/activities/new                 add a card (admin)
 *   /admin/activities/:activityId         change a card's texts, ages, elements, picture (admin)
 *   /directory…                           the service directory (features/directory)
 *   *                                     not found
 */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'invitation', element: <InvitationPage /> },
      {
        element: <RequireSession />,
        children: [
          {
            // Opens the device store (PIN or password) before any page of a caseload user.
            element: <DeviceGate />,
            children: [
              { index: true, element: <HomePage /> },
              guarded('households', 'registry-read', HouseholdListPage),
              guarded('households/new', 'registry-write', RegistrationWizardPage),
              guarded('households/:householdId', 'registry-read', HouseholdPage),
              guarded('households/:householdId/members/new', 'registry-write', AddMemberPage),
              guarded('persons/:personId', 'registry-read', PersonPage),
              guarded('persons/:personId/edit', 'registry-write', PersonEditPage),
              guarded('persons/:personId/consents/new', 'registry-write', ConsentNewPage),
              guarded('persons/:personId/assessments/new', 'registry-write', NewAssessmentPage),
              guarded('assessments/:assessmentId', 'registry-read', AssessmentPage),
              guarded('assessments/:assessmentId/edit', 'registry-write', EditAssessmentPage),
              guarded('households/:householdId/screening', 'registry-write', ScreeningPage),
              guarded('plans/new', 'registry-write', plansPage('NewPlanPage')),
              guarded('plans/:planId', 'registry-read', plansPage('PlanPage')),
              guarded('plans/:planId/edit', 'registry-write', plansPage('EditPlanPage')),
              guarded('plans/:planId/reviews/new', 'registry-write', plansPage('ReviewPage')),
              guarded('visits/new', 'registry-write', plansPage('NewVisitPage')),
              guarded('visits/:visitId/edit', 'registry-write', plansPage('EditVisitPage')),
              guarded('tasks', 'registry-write', plansPage('TasksPage')),
              guarded(
                'persons/:personId/referrals/new',
                'registry-write',
                referralPage('NewReferralPage'),
              ),
              // The CBR side and providers: the server answers 404 to anyone else.
              guarded('referrals/:referralId', 'referrals', referralPage('ReferralPage')),
              guarded('inbox', 'referrals', referralPage('InboxPage')),
              guarded('audit', 'audit', AuditPage),
              {
                path: 'family',
                element: <FamilyLayout />,
                children: [
                  { index: true, element: <FamilyTodayPage /> },
                  { path: 'plan', element: <FamilyPlanPage /> },
                  { path: 'activities/:assignmentId', element: <FamilyActivityPage /> },
                ],
              },
              { path: 'sync', element: <SyncPage /> },
              { path: 'sync/pin', element: <ChangePinPage /> },
              ...supervisionRoutes,
              { path: 'profile', element: <ProfilePage /> },
              guarded('admin/activities', 'audit', LibraryPage),
              guarded('admin/activities/new', 'audit', NewCardPage),
              guarded('admin/activities/:activityId', 'audit', CardPage),
              ...directoryRoutes,
            ],
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);
