// The YAML route as a process of its own (`node out/bench/yaml-check.cjs <file>`),
// so that `npm run bench` can compare it with `kafka-topology check`: exit 0 when
// the topology is valid, 1 with one line per problem otherwise.
import { readFileSync } from 'node:fs';
import { createYamlChecker } from './julie-check.js';

const problems = createYamlChecker()(readFileSync(process.argv[2], 'utf8'));
for (const p of problems) console.log(`${p.path}: ${p.message}`);
process.exitCode = problems.length > 0 ? 1 : 0;
