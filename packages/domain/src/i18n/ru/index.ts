import { account } from './account.js';
import { activities } from './activities.js';
import { assessments } from './assessments.js';
import { family } from './family.js';
import { education } from './education.js';
import { referrals } from './referrals.js';
import { followUp } from './follow-up.js';
import { library } from './library.js';
import { common } from './common.js';
import { errors } from './errors.js';
import { plans } from './plans.js';
import { plansWeb } from './plans-web.js';
import { referralLetter } from './referral-letter.js';
import { registry } from './registry.js';
import { supervision } from './supervision.js';
import { sync } from './sync.js';
import { web } from './web.js';
import { directory } from './directory.js';

export const ru = {
  ...common,
  ...registry,
  ...errors,
  ...web,
  ...sync,
  ...supervision,
  ...assessments,
  ...plans,
  ...followUp,
  ...activities,
  ...plansWeb,
  ...family,
  ...library,
  ...account,
  ...directory,
  ...referralLetter,
  ...education,
  ...referrals,
};
