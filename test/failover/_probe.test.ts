import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { services, language, validate } from '../support/language.js';
import { FailoverRequests } from '../../language-server/failover/failover-requests.js';
test('probe', async () => {
    const text = readFileSync('samples/order-platform.kafka', 'utf8');
    const { document } = await validate(text);
    const r = new FailoverRequests(services.shared, language);
    const uri = document.uri.toString();
    console.log(JSON.stringify(await r.clusters({ uri })));
    const v = await r.failoverView({ uri, cluster: 'order-platform', items: [{ kind: 'step', step: { kind: 'fail-broker', broker: 1 } }] });
    console.log(JSON.stringify(v.timeline, null, 1));
    console.log(JSON.stringify(v.view!.topics[0], null, 0).slice(0, 800));
    const s = await r.scenarioSteps({ uri, cluster: 'order-platform', scenario: 'leader-broker-dies' });
    const v2 = await r.failoverView({ uri, cluster: 'order-platform', items: s.items!, locale: 'ko' });
    console.log(JSON.stringify(v2.timeline.map(t=>[t.text, t.passed, t.observation, t.log.map(l=>l.text)]), null, 1));
    const sv = await r.saveScenario({ uri, cluster: 'order-platform', name: 'my-drill', items: s.items! });
    console.log(JSON.stringify(sv, null, 1));
});
