import { TEST_IDS } from '@harborview/testids/testids';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { drillHandlers } from '../../test/drill-handlers';
import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';

function getTestContext() {
  const requests: string[] = [];
  server.use(...drillHandlers());
  server.events.on(
    'request:start',
    ({ request }) => void requests.push(`${request.method} ${new URL(request.url).pathname}`),
  );
  const user = userEvent.setup();
  renderApp('/failover/drills/drill-1/replay');
  return { user, requests };
}

const timelineRows = (): number =>
  within(screen.getByRole('table', { name: 'Cross-layer timeline' })).getAllByRole('row').length - 1;

// A ceiling, not a speed check: the first test also loads the page's lazy chunk, slow on a busy 2-core machine.
describe('Replay page', { timeout: 20_000 }, () => {
  it('when the scrubber moves with the arrow keys, then the frame and the timeline up to it follow', async () => {
    const { user } = getTestContext();
    const scrubber = await screen.findByRole('slider', { name: 'Replay position' });
    expect(screen.getByTestId(TEST_IDS.replayPosition)).toHaveTextContent('frame 1 of 3');
    expect(timelineRows()).toBe(1);

    scrubber.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');

    expect(screen.getByTestId(TEST_IDS.replayPosition)).toHaveTextContent('t+1 min · 10:01:00 · frame 3 of 3');
    expect(timelineRows()).toBe(8);
    expect(screen.getByRole('article', { name: 'Host 10.162.102.131' })).toHaveTextContent('Restarted here');
  });

  it('when Play is pressed at 60×, then the replay runs to its last frame and never writes to the twin', async () => {
    const { user, requests } = getTestContext();

    await user.click(await screen.findByRole('button', { name: '60×' }));
    await user.click(screen.getByRole('button', { name: 'Play' }));

    await waitFor(() => expect(screen.getByTestId(TEST_IDS.replayPosition)).toHaveTextContent('frame 3 of 3'));
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    expect(requests.filter((r) => !r.startsWith('GET'))).toStrictEqual([]);
  });
});
