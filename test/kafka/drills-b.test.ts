// Real-broker drills, second half (see drill/suite.ts).
import { defineDrillSuite } from './drill/suite.js';

await defineDrillSuite(1, 2);
