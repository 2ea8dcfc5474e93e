import { account } from './account.js';
import { activities } from './activities.js';
import { assessments } from './assessments.js';
import { family } from './family.js';
import { education } from './education.js';
import { referrals } from './referrals.js';
import { followUp } from './follow-up.js';
import { library } from './library.js';
import { kkCore } from './core.js';
import { plans } from './plans.js';
import { plansWeb } from './plans-web.js';
import { referralLetter } from './referral-letter.js';
import { supervision } from './supervision.js';
import { directory } from './directory.js';

export const kk = {
  ...kkCore,
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
