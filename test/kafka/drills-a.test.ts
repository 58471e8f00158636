// Real-broker drills, first half (see drill/suite.ts).
import { defineDrillSuite } from './drill/suite.js';

await defineDrillSuite(0, 2);
