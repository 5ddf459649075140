import { expect, test } from '../fixtures/test';
import type { DrillBody, TwinApi, VolumePolicy } from '../fixtures/twin-api';
import { WALKTHROUGH_MAPPINGS } from '../fixtures/twin-api';
import { FailoverPage } from '../pages/failover-page';

interface VolumeBody {
  object: { accessible: boolean; components: { type: string; state: string; hostId: string; capacityDisk: string }[] };
}
interface HostBody {
  diskGroups: { capacityDisks: { id: string; name: string }[] }[];
}

// Harbor's registry checks run in wall time after the twin has moved on: poll the drill until it has judged the data.
async function judged(api: TwinApi, id: string, advanceSeconds = 0): Promise<DrillBody> {
  let drill = await api.drill(id);
  await expect
    .poll(
      async () => {
        if (advanceSeconds > 0 && drill.integrity?.verdict == null) await api.advance(advanceSeconds);
        drill = await api.drill(id);
        return drill.integrity?.verdict ?? null;
      },
      { timeout: 90_000, intervals: [1000] },
    )
    .not.toBeNull();
  return drill;
}

test.describe('failover drills', () => {
  test.setTimeout(240_000);

  test('powering off the Harbor host: HA restarts the VM on time, components go Absent, the timeline has every layer, and the real registry is intact', async ({
    page,
    request,
    api,
  }) => {
    await api.freshTwin({ upTo: 'walkthrough-ready' });
    const images = await api.pushImages(2);
    const { vmId } = (await api.call('get', '/api/harbor', 200)) as { vmId: string };
    const { hostId } = (await api.call('get', `/api/vms/${vmId}`, 200)) as { hostId: string };
    const failover = new FailoverPage(page);

    await failover.open();
    await expect(failover.faultType('Host power-off')).toBeChecked();
    await expect(failover.host()).toHaveValue(hostId);
    // vsan-ha.md §1 Quorum and votes: every volume keeps more than half its votes and a full copy.
    for (const { volume } of WALKTHROUGH_MAPPINGS) {
      const row = failover.preflightRow(`${volume}@vsanDatastore`);
      await expect(row.getByRole('cell').nth(3)).toHaveText(/^Yes/);
      await expect(row.getByRole('cell').nth(4)).toHaveText('intact');
    }
    await expect(failover.confirmation()).toHaveCount(0);
    await failover.snapshot('preflight');
    const id = await failover.start();
    await api.advance(60);
    const drill = await judged(api, id);

    // vsan-ha.md §3 Timelines: a failed secondary is declared dead at T15, the primary at T35; the power-on follows.
    const dead = drill.preflight.hostIsHaPrimary ? 35 : 15;
    expect(drill.preflight.expectedDetectionSeconds).toBe(dead);
    expect(drill.rto.hostDeclaredDeadSeconds).toBe(dead);
    expect(drill.rto.vmPoweredOnSeconds).toBeGreaterThanOrEqual(dead);
    expect(drill.rto.vmPoweredOnSeconds).toBeLessThanOrEqual(dead + 10);
    expect(drill.rto.harborHealthySeconds).toBeGreaterThanOrEqual(drill.rto.vmPoweredOnSeconds ?? Infinity);
    await expect(failover.milestone('hostDeclaredDead')).toContainText(`${dead} s`);
    await expect(failover.milestone('vmPoweredOn')).toContainText(`${drill.rto.vmPoweredOnSeconds} s`);
    await expect(failover.milestone('harborHealthy')).toContainText(`${drill.rto.harborHealthySeconds} s`);

    // Every layer reacted, in order, and the page shows each entry in its lane.
    expect(new Set(drill.timeline.map((e) => e.lane))).toEqual(
      new Set(['host', 'ha', 'vm', 'vsan', 'volume', 'harbor', 'registry']),
    );
    expect(drill.timeline.some((e) => e.lane === 'ha' && e.tSeconds === dead)).toBe(true);
    for (const entry of drill.timeline) {
      const row = failover.timelineEntry(entry.seq);
      await expect(row).toContainText(entry.message);
      if (Math.abs(entry.tSeconds) < 60)
        await expect(row).toContainText(`t${entry.tSeconds < 0 ? '−' : '+'}${Math.round(Math.abs(entry.tSeconds))} s`);
    }

    // vsan-ha.md §2: the powered-off host's components are Absent; §1: 2 of 3 votes keep every volume accessible.
    for (const { volume } of WALKTHROUGH_MAPPINGS) {
      const { object } = (await api.call('get', `/api/volumes/${volume}`, 200)) as VolumeBody;
      expect(object.accessible).toBe(true);
      expect(object.components.filter((c) => c.hostId === hostId).map((c) => c.state)).toContain('ABSENT');
    }
    await expect(failover.topologyHost(hostId)).toContainText('Absent');
    expect(drill.vmHostNow).not.toBe(hostId);
    await expect(failover.topologyHost(drill.vmHostNow ?? '')).toContainText('Restarted here');

    // The verdict comes from the real registry: every image fetched back and re-hashed.
    expect(drill.status).toBe('recovered');
    expect(drill.integrity?.verdict).toBe('intact');
    await expect(failover.verdict()).toHaveText('Intact');
    for (const image of images)
      expect(drill.integrity?.images.find((i) => i.ref === image.ref)).toMatchObject({
        manifestDigest: image.manifestDigest,
        status: 'intact',
      });
    await failover.snapshot('failed-over');

    await page.getByRole('button', { name: 'Recover: power the host back on' }).click();
    await expect
      .poll(
        async () => {
          const now = await api.drill(id);
          if (now.status === 'recovered') await api.advance(120);
          return now.status;
        },
        { timeout: 90_000, intervals: [1000] },
      )
      .toBe('completed');
    await expect(failover.milestone('resynced')).toHaveAttribute('data-reached', 'true');
    const report = await request.get(`/api/drills/${id}/report?format=md`);
    expect(report.status()).toBe(200);
    expect(await report.text()).toContain('Power off host');
    await failover.snapshot('completed');
  });

  test('an FTT=0 registry volume on a failed disk: the preflight asks to confirm it, and the verdict names it as lost', async ({
    page,
    api,
  }) => {
    const ftt0: VolumePolicy = { name: 'FTT=0', content: '(("hostFailuresToTolerate" i0))', volume: 'vsanvol1' };
    await api.freshTwin({ upTo: 'walkthrough-ready', policy: ftt0 });
    await api.pushImages(2);
    // vsan-ha.md §1 FTT table: "No data redundancy" keeps one copy, so failing its disk loses the registry's data.
    const { object } = (await api.call('get', '/api/volumes/vsanvol1', 200)) as VolumeBody;
    const only = object.components.filter((c) => c.type === 'Component');
    expect(only).toHaveLength(1);
    const { hostId, capacityDisk } = only[0]!;
    const host = (await api.call('get', `/api/hosts/${hostId}`, 200)) as HostBody;
    const diskId = host.diskGroups.flatMap((g) => g.capacityDisks).find((d) => d.name === capacityDisk)?.id ?? '';
    const failover = new FailoverPage(page);

    await failover.open();
    await failover.faultType('Disk failure').check();
    await failover.host().selectOption(hostId);
    await failover.disk().selectOption(diskId);
    await expect(failover.preflightRow('vsanvol1@vsanDatastore')).toContainText('lost');
    await expect(failover.confirmation()).toContainText('vsanvol1@vsanDatastore');
    await expect(page.getByRole('button', { name: 'Start drill' })).toBeDisabled();
    await failover.confirmation().getByRole('checkbox').check();
    await failover.snapshot('confirmation');
    const id = await failover.start();
    const drill = await judged(api, id, 60);

    expect(drill.preflight.goesDown).toContain('vsanvol1@vsanDatastore');
    expect(drill.integrity?.verdict).toBe('lost');
    expect(drill.integrity?.affectedVolumes).toContainEqual(
      expect.objectContaining({ name: 'vsanvol1@vsanDatastore', verdict: 'lost' }),
    );
    expect(drill.integrity?.affectedVolumes.find((v) => v.name === 'vsanvol1@vsanDatastore')?.reason).toContain(
      'FTT=0',
    );
    await expect(failover.verdict()).toHaveText('Data lost');
    await expect(page.getByRole('list', { name: 'Affected volumes' })).toContainText('vsanvol1@vsanDatastore');
    await failover.snapshot('data-lost');
  });
});
