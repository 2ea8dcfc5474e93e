import { common } from './common.js';
import { errors } from './errors.js';
import { registry } from './registry.js';
import { sync } from './sync.js';
import { web } from './web.js';

/**
 * Kazakh without the parts only some pages use (supervision, assessments): the web app's first
 * screen carries this and loads the parts with the pages that need them (decision 0013).
 */
export const kkCore = { ...common, ...registry, ...errors, ...web, ...sync };
