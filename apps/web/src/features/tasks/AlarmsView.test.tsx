import type { Alarm } from '@harborview/contracts/tasks';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { AlarmsView } from './AlarmsView';

const alarm = (over: Partial<Alarm>): Alarm => ({
  id: '1',
  name: 'Host connection and power state',
  entity: { type: 'HostSystem', id: 'host-1', name: '10.162.102.130' },
  status: 'red',
  triggeredAt: '2017-03-01T09:00:15.000Z',
  acknowledged: false,
  ...over,
});

describe('AlarmsView', () => {
  it('when an alarm is not acknowledged, then its button acknowledges that alarm', async () => {
    const onAcknowledge = vi.fn();
    render(<AlarmsView alarms={[alarm({})]} onAcknowledge={onAcknowledge} />);

    await userEvent.click(
      screen.getByRole('button', { name: 'Acknowledge Host connection and power state on 10.162.102.130' }),
    );

    expect(onAcknowledge).toHaveBeenCalledWith('1');
    expect(screen.getByText('Critical')).toBeInTheDocument();
  });

  it('when an alarm is acknowledged, then it says so and offers no button', () => {
    render(<AlarmsView alarms={[alarm({ acknowledged: true, status: 'yellow' })]} onAcknowledge={vi.fn()} />);

    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText('Yes')).toBeInTheDocument();
    expect(screen.getByText('Warning')).toBeInTheDocument();
  });
});
