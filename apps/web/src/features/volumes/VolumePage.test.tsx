import { TEST_IDS } from '@harborview/testids/testids';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderApp } from '../../test/render-app';
import { vsanUuid } from '../../test/vsan-fixtures';

describe('Volume page', () => {
  it('when vsanvol3 opens, then its vDVS Status map keeps the exact keys', async () => {
    renderApp('/volumes/vsanvol3');

    const status = await screen.findByTestId(TEST_IDS.volumeStatusMap);
    expect(within(status).getByText('created by VM')).toBeInTheDocument();
    expect(within(status).getByText('vsan-policy-name')).toBeInTheDocument();
    expect(within(status).getByText('{"allocated": "80MB", "size": "10GB"}')).toBeInTheDocument();
  });

  it('when vsanvol3 opens, then its four striped components and the witness are listed', async () => {
    renderApp('/volumes/vsanvol3');

    await screen.findByRole('table', { name: 'Physical placement of vsanvol3' });
    for (let n = 1; n <= 5; n += 1)
      expect(screen.getByTestId(TEST_IDS.placementComponentRow(vsanUuid('13', n)))).toBeInTheDocument();
  });

  it('when the volume does not exist, then the API message is shown', async () => {
    renderApp('/volumes/nope');

    expect(await screen.findByRole('alert')).toHaveTextContent('Volume nope does not exist');
  });
});
