import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { Runbook } from '@harborview/contracts/runbook';
import { RunbookSchema } from '@harborview/contracts/runbook';
import { HARBOR_041_COMPOSE_TEXT } from '@harborview/twin/harbor';
import request from 'supertest';
import { expect, it } from 'vitest';

import { WALKTHROUGH_MAPPINGS, walkthroughClient } from '../integration/http-walkthrough';
import { bodyOf, errorOf } from '../test/api-expect';
import { describeRoutes, getOnFreshApp } from '../test/route-test';
import type { TestApp } from '../test/test-app';
import { openTestApp } from '../test/test-app';

/** The whole walkthrough through the API: setup, policy, volumes, the compose edit, HA on. */
async function getTestContext(): Promise<TestApp> {
  const t = await openTestApp();
  const client = walkthroughClient(t.app);
  await client.setUp();
  await client.send('post', '/api/harbor/attach', 202, { mappings: WALKTHROUGH_MAPPINGS });
  await client.advance(60);
  await client.send('put', '/api/cluster/ha', 202, { enabled: true });
  return t;
}

const texts = (runbook: Runbook, kind: string): string[] =>
  runbook.steps.filter((s) => s.kind === kind).map((s) => s.text);

describeRoutes('GET /api/runbook', () => {
  it('200 with no steps when the twin is fresh', async () => {
    const res = await getOnFreshApp('/api/runbook');

    expect(bodyOf(res, 200, RunbookSchema)).toStrictEqual({ steps: [] });
  });

  it('200 with the walkthrough as esxcli, docker, vmdkops_admin.py and docker-compose lines when it was done', async () => {
    const { app } = await getTestContext();

    const res = await request(app).get('/api/runbook');

    const runbook = bodyOf(res, 200, RunbookSchema);
    expect(texts(runbook, 'command')).toStrictEqual([
      'esxcli software vib install -v /tmp/vmware-esx-vmdkops-0.21.vib',
      'esxcli software vib install -v /tmp/vmware-esx-vmdkops-0.21.vib',
      'esxcli software vib install -v /tmp/vmware-esx-vmdkops-0.21.vib',
      'docker plugin install --grant-all-permissions --alias vsphere vmware/vsphere-storage-for-docker:latest',
      `/usr/lib/vmware/vmdkops/bin/vmdkops_admin.py policy create --name SW=2 --content '(("stripeWidth" i2))'`,
      'docker volume create --driver=vmdk --name=vsanvol1 -o size=50gb',
      'docker volume create --driver=vmdk --name=vsanvol2 -o size=20gb',
      'docker volume create --driver=vmdk --name=vsanvol3 -o size=20gb -o vsan-policy-name=SW=2',
      'docker-compose down && docker-compose up -d',
    ]);
    expect(runbook.steps.filter((s) => s.title.startsWith('Install the vDVS VIB')).map((s) => s.host)).toStrictEqual([
      '10.162.102.130',
      '10.162.102.131',
      '10.162.102.132',
    ]);
    const [diff] = texts(runbook, 'file-edit');
    expect(diff).toContain('-      - /data/registry:/storage');
    expect(diff).toContain('+      - vsanvol1:/storage');
    expect(texts(runbook, 'ui')).toStrictEqual([
      'vSphere Client: Cluster > Configure > vSphere Availability > Edit > Turn ON vSphere HA',
    ]);
  });

  it('200 with only what came after the last reset when the twin was reset', async () => {
    const { app } = await getTestContext();
    await request(app).post('/api/twin/reset').send({}).expect(200);
    await request(app).put('/api/cluster/vsan').send({ repairDelaySeconds: 7200 });

    const res = await request(app).get('/api/runbook');

    expect(bodyOf(res, 200, RunbookSchema).steps.every((s) => !s.text.includes('vib install'))).toBe(true);
  });

  it('200 text/markdown with fenced commands and the diff when format=md', async () => {
    const { app } = await getTestContext();

    const res = await request(app).get('/api/runbook?format=md');

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/markdown/);
    expect(res.headers['content-disposition']).toContain('harborview-runbook.md');
    expect(res.text).toMatch(/^# Harborview runbook\n/);
    expect(res.text).toContain('```sh\nesxcli software vib install -v /tmp/vmware-esx-vmdkops-0.21.vib\n```');
    expect(res.text).toContain('```diff\n--- a/docker-compose.yml');
    expect(res.text).toContain('> vSphere Client: Cluster > Configure > vSphere Availability');
  });

  it('200 text/x-shellscript that sh -n accepts and whose patch turns the seed compose file into the applied one when format=sh', async () => {
    const t = await getTestContext();
    const dir = mkdtempSync(path.join(tmpdir(), 'runbook-sh-'));
    try {
      const res = await request(t.app)
        .get('/api/runbook?format=sh')
        .buffer(true)
        .parse((res, done) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (body += chunk));
          res.on('end', () => done(null, body));
        });

      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/x-shellscript/);
      const script = res.body as string;
      expect(script.split('\n').slice(0, 5)).toContain('set -e');
      expect(script.startsWith('#!/bin/sh\n')).toBe(true);
      writeFileSync(path.join(dir, 'runbook.sh'), script);
      execFileSync('sh', ['-n', path.join(dir, 'runbook.sh')]);
      // Run only the patch here-doc against the seed file: the edit an operator makes by hand.
      const patch = script.slice(script.indexOf("patch docker-compose.yml <<'HARBORVIEW_PATCH'"));
      const block = patch.slice(0, patch.indexOf('\nHARBORVIEW_PATCH\n') + '\nHARBORVIEW_PATCH\n'.length);
      writeFileSync(path.join(dir, 'docker-compose.yml'), HARBOR_041_COMPOSE_TEXT);
      execFileSync('sh', ['-c', block], { cwd: dir, stdio: 'pipe' });
      const { compose } = (await request(t.app).get('/api/harbor/compose')).body as { compose: string };
      expect(readFileSync(path.join(dir, 'docker-compose.yml'), 'utf8')).toBe(compose);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('400 when format is not json, md or sh', async () => {
    const res = await getOnFreshApp('/api/runbook?format=pdf');

    expect(errorOf(res, 400).code).toBeDefined();
  });

  it('503 when the backend keeps no command log', async () => {
    const { app } = await openTestApp({ commandLog: undefined });

    const res = await request(app).get('/api/runbook');

    expect(res.status).toBe(503);
  });
});
