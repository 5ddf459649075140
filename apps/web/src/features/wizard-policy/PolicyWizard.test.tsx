import type { PolicyIssue, PolicyValidation } from '@harborview/contracts/policies';
import { API_ROUTES } from '@harborview/contracts/routes';
import { TEST_IDS } from '@harborview/testids/testids';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { server } from '../../test/msw-server';
import { renderApp } from '../../test/render-app';

const OK: PolicyValidation = { ok: true, issues: [], rules: [], command: '' };
const FTT2_REASON = '2 failures - RAID-1 (Mirroring) needs 5 fault domains; the cluster has 3';

/** A validation refused for one error at a place in the content. */
function refused(
  code: PolicyIssue['code'],
  message: string,
  at: Pick<PolicyIssue, 'offset' | 'length' | 'line' | 'column'>,
): PolicyValidation {
  return { ok: false, rules: [], command: '', issues: [{ severity: 'error', code, message, ...at }] };
}

/** The validate route answers per content: a missing paren, FTT 2 on 3 hosts, else fine. */
function validateLikeTheTwin(content: string): PolicyValidation {
  if (content === '(("stripeWidth" i2)') {
    const message = "Expected ')' to close the rules list but found end of content";
    return refused('syntax', message, { offset: 19, length: 1, line: 1, column: 20 });
  }
  if (content.includes('"hostFailuresToTolerate" i2')) {
    return refused('not-enough-fault-domains', FTT2_REASON, { offset: 1, length: 29, line: 1, column: 2 });
  }
  if (content === '(("stripeWidth" i2))') {
    return { ...OK, rules: [{ key: 'stripeWidth', value: 2, description: 'Number of disk stripes per object: 2' }] };
  }
  return OK;
}

function getTestContext() {
  const posted: unknown[] = [];
  const put: unknown[] = [];
  server.use(
    http.post(API_ROUTES.policyValidate, async ({ request }) => {
      const { content } = (await request.json()) as { content: string };
      return HttpResponse.json(validateLikeTheTwin(content));
    }),
    http.post(API_ROUTES.policies, async ({ request }) => {
      const body = (await request.json()) as { name: string; content: string };
      posted.push(body);
      if (body.name === 'dup') {
        return HttpResponse.json(
          { error: { code: 'conflict', message: 'Error: Policy already exists' } },
          { status: 409 },
        );
      }
      return HttpResponse.json({ ...body, rules: [], active: 'Unused', volumes: [], builtIn: false }, { status: 201 });
    }),
    http.put(`${API_ROUTES.policies}/:name`, async ({ request, params }) => {
      const body = (await request.json()) as { content: string };
      put.push({ name: params.name, ...body });
      return HttpResponse.json({
        name: params.name,
        content: body.content,
        rules: [],
        active: 'Unused',
        volumes: [],
        builtIn: false,
      });
    }),
  );
  const user = userEvent.setup();
  renderApp('/policies');
  const open = async () => {
    await user.click(await screen.findByRole('button', { name: 'Create' }));
    return screen.getByRole('dialog', { name: 'Create VM Storage Policy' });
  };
  const next = () => user.click(screen.getByRole('button', { name: 'Next' }));
  /** Opens the wizard, types the name and presses Next `steps` times (2 reaches vSAN, 4 Review and finish). */
  const openNamed = async (name: string, steps: number) => {
    const dialog = await open();
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), name);
    for (let step = 0; step < steps; step++) await next();
    return dialog;
  };
  return { user, open, openNamed, next, posted, put };
}

describe('Create VM Storage Policy wizard', () => {
  it('when stripes is set to 2 and finished, then policy create gets (("stripeWidth" i2)) and the command shows it', async () => {
    const { user, open, next, posted } = getTestContext();
    const dialog = await open();

    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'SW=2');
    await next();
    expect(within(dialog).getByRole('checkbox', { name: 'Enable rules for "vSAN" storage' })).toBeChecked();
    await next();
    const stripes = within(dialog).getByRole('textbox', { name: 'Number of disk stripes per object' });
    await user.clear(stripes);
    await user.type(stripes, '2');
    await next();
    expect(await within(dialog).findByText('COMPATIBLE')).toBeInTheDocument();
    await next();

    expect(within(dialog).getByTestId(TEST_IDS.policyCommand)).toHaveTextContent(
      `vmdkops_admin.py policy create --name SW=2 --content '(("stripeWidth" i2))'`,
    );
    expect(within(dialog).getByText('Number of disk stripes per object: 2')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Finish' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(posted).toEqual([{ name: 'SW=2', content: '(("stripeWidth" i2))' }]);
  });

  it('when the name is taken, then vmdkops_admin’s message shows next to it and the name is kept', async () => {
    const { user, open, next } = getTestContext();
    const dialog = await open();

    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.type(name, 'gold');
    await next();

    expect(name).toHaveAccessibleDescription('Error: Policy already exists');
    expect(name).toHaveValue('gold');
    expect(within(dialog).getByRole('heading', { name: 'Name and description' })).toBeInTheDocument();
  });

  it('when stripes is 13, then the range error shows next to the field and 13 is kept', async () => {
    const { user, openNamed, next } = getTestContext();
    const dialog = await openNamed('wide', 2);

    const stripes = within(dialog).getByRole('textbox', { name: 'Number of disk stripes per object' });
    await user.clear(stripes);
    await user.type(stripes, '13');
    await next();

    expect(stripes).toHaveAccessibleDescription(
      'Number of disk stripes per object must be a whole number from 1 to 12',
    );
    expect(stripes).toHaveValue('13');
  });

  it('when raw content misses a paren, then line 1 column 20 and the message are shown and the text is kept', async () => {
    const { user, openNamed, next } = getTestContext();
    const dialog = await openNamed('raw', 1);
    await user.click(within(dialog).getByRole('radio', { name: 'Raw vmdkops policy content' }));
    await next();

    const content = within(dialog).getByRole('textbox', { name: 'Policy content' });
    await user.type(content, '(("stripeWidth" i2)');

    const error = await within(dialog).findByTestId(TEST_IDS.policyContentError);
    expect(error).toHaveTextContent("Line 1, column 20: Expected ')' to close the rules list but found end of content");
    await next();
    expect(content).toHaveValue('(("stripeWidth" i2)');
    expect(content).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByRole('heading', { name: 'vSAN' })).toBeInTheDocument();
  });

  it('when FTT is 2 failures RAID-1 on 3 hosts, then compatibility is INCOMPATIBLE with the 5 fault domains reason', async () => {
    const { user, openNamed, next } = getTestContext();
    const dialog = await openNamed('ftt2', 2);
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Failures to tolerate' }),
      '2 failures - RAID-1 (Mirroring)',
    );
    await next();

    const compat = await within(dialog).findByTestId(TEST_IDS.policyCompatibility);
    expect(compat).toHaveTextContent('INCOMPATIBLE');
    expect(compat).toHaveTextContent(FTT2_REASON);
  });

  it('when policy create is refused, then the message is shown verbatim and the wizard stays on Review', async () => {
    const { user, openNamed } = getTestContext();
    const dialog = await openNamed('dup', 4);
    await user.click(within(dialog).getByRole('button', { name: 'Finish' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Error: Policy already exists');
    expect(within(dialog).getByRole('heading', { name: 'Review and finish' })).toBeInTheDocument();
  });

  it('when Copy is pressed, then the command is on the clipboard and "Copied" is announced', async () => {
    const { user, openNamed } = getTestContext();
    const dialog = await openNamed('copyme', 4);
    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));

    expect(await within(dialog).findByText('Copied')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe(
      "vmdkops_admin.py policy create --name copyme --content '()'",
    );
  });
});

describe('Edit and Remove on the Policies page', () => {
  it('when a policy is edited in raw mode, then policy update gets the new content', async () => {
    const { user, next, put } = getTestContext();
    await user.click(await screen.findByRole('button', { name: 'Edit gold' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit VM Storage Policy' });
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveAttribute('readonly');
    await next();
    await next();
    const content = within(dialog).getByRole('textbox', { name: 'Policy content' });
    await user.clear(content);
    await user.type(content, '(("stripeWidth" i2))');
    await next();
    await next();
    expect(within(dialog).getByTestId(TEST_IDS.policyCommand)).toHaveTextContent(
      `vmdkops_admin.py policy update --name gold --content '(("stripeWidth" i2))'`,
    );
    await user.click(within(dialog).getByRole('button', { name: 'Finish' }));

    await waitFor(() => expect(put).toEqual([{ name: 'gold', content: '(("stripeWidth" i2))' }]));
  });

  it('when a policy in use is removed, then vDVS’s refusal is shown verbatim', async () => {
    server.use(
      http.delete(`${API_ROUTES.policies}/:name`, () =>
        HttpResponse.json(
          { error: { code: 'conflict', message: 'Cannot remove. Policy is in use by vsanvol3@vsanDatastore' } },
          { status: 409 },
        ),
      ),
    );
    const user = userEvent.setup();
    renderApp('/policies');

    await user.click(await screen.findByRole('button', { name: 'Remove stripe-2' }));
    const dialog = screen.getByRole('dialog', { name: 'Remove VM Storage Policy' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Cannot remove. Policy is in use by vsanvol3@vsanDatastore',
    );
  });

  it('when the built-in default is listed, then it has no Edit or Remove', async () => {
    getTestContext();
    await screen.findByTestId(TEST_IDS.policyRow('gold'));
    const builtIn = screen.getByText('Built-in').closest('tr');
    expect(builtIn).not.toBeNull();
    expect(within(builtIn as HTMLElement).queryByRole('button', { name: /Edit|Remove/ })).not.toBeInTheDocument();
  });
});
