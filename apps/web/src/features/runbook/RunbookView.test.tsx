import { TEST_IDS } from '@harborview/testids/testids';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { RunbookView } from './RunbookView';

const DOWNLOADS = { markdown: '/api/runbook?format=md', script: '/api/runbook?format=sh' };

describe('RunbookView', () => {
  it('when steps exist, then each shows its command, host and kind, and both downloads are offered', () => {
    render(
      <RunbookView
        downloads={DOWNLOADS}
        steps={[
          {
            seq: 1,
            at: '2017-03-01T09:00:00.000Z',
            title: 'Install the vDVS VIB on 10.162.102.130',
            kind: 'command',
            text: 'esxcli software vib install -v /tmp/vmware-esx-vmdkops-0.21.vib',
            host: '10.162.102.130',
          },
          {
            seq: 2,
            at: '2017-03-01T09:01:00.000Z',
            title: 'Turn on vSphere HA',
            kind: 'ui',
            text: 'vSphere Client: …',
          },
        ]}
      />,
    );

    const first = screen.getByTestId(TEST_IDS.runbookStep(0));
    expect(
      within(first).getByText('$ esxcli software vib install -v /tmp/vmware-esx-vmdkops-0.21.vib'),
    ).toBeInTheDocument();
    expect(first).toHaveTextContent('Command · 2017-03-01T09:00:00.000Z · on 10.162.102.130');
    expect(screen.getByRole('link', { name: 'Download Markdown' })).toHaveAttribute('href', DOWNLOADS.markdown);
    expect(screen.getByRole('link', { name: 'Download script' })).toHaveAttribute('download', 'harborview-runbook.sh');
  });
});
