import { HarborImageListSchema } from '@harborview/contracts/harbor';
import { afterEach, describe, expect, it } from 'vitest';

import { closeTestApps, openTestApp } from '../test/test-app';

import { WALKTHROUGH_MAPPINGS, walkthroughClient } from './http-walkthrough';

// Issue #4 point 4: after an attach the twin says the registry container runs on the volume at once, while the real
// process restarts on the volume's folder in wall time. A client pushing straight away (as a script would, or the
// presenter's "two images pushed" beat) must not meet that restart as a 503.
describe('pushing images right after Harbor is attached to the volumes', () => {
  afterEach(closeTestApps);

  it('201 when the push comes before the registry has restarted on the volume: it waits for the restart', async () => {
    const { app } = await openTestApp({}, 'auto');
    const api = walkthroughClient(app);
    await api.setUp();
    await api.send('post', '/api/harbor/attach', 202, { mappings: WALKTHROUGH_MAPPINGS });
    await api.advance(60);

    // No registrySettled() here: that wait is what the push itself must do.
    await api.send('post', '/api/harbor/images', 201, { count: 2 });

    const images = HarborImageListSchema.parse(await api.send('get', '/api/harbor/images', 200));
    expect(images.items.map((i) => i.ref)).toStrictEqual(['library/demo-1:1.0', 'library/demo-2:1.0']);
  });
});
