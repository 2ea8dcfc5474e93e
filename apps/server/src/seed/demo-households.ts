import { TALGAR_HOUSEHOLDS } from './demo-talgar.js';
import { KARASAY_HOUSEHOLDS } from './demo-karasay.js';
import type { DemoHousehold } from './demo-data.js';

export const DEMO_HOUSEHOLDS: DemoHousehold[] = [...TALGAR_HOUSEHOLDS, ...KARASAY_HOUSEHOLDS];
