import type { DrillReport } from '@harborview/contracts/drills';

// A pipe would end a table cell and a line break the row.
const cell = (value: unknown): string => String(value).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const row = (...cells: unknown[]): string => `| ${cells.map(cell).join(' | ')} |`;
const table = (head: string[], rows: unknown[][]): string[] => [
  row(...head),
  row(...head.map(() => '---')),
  ...rows.map((r) => row(...r)),
];
const seconds = (value: number | null): string => (value === null ? 'not reached' : `${value} s`);

function figures(report: DrillReport): string[] {
  const { rto } = report.drill;
  return [
    '## Recovery figures',
    '',
    `Fault at ${rto.faultAt ?? 'not injected'}; seconds after it:`,
    '',
    ...table(
      ['layer', 'milestone', 'after the fault'],
      [
        ['HA', 'vSphere HA declared the host dead', seconds(rto.hostDeclaredDeadSeconds)],
        ['VM', 'VM powered on again by HA', seconds(rto.vmPoweredOnSeconds)],
        ['Harbor', 'Harbor healthy', seconds(rto.harborHealthySeconds)],
        ['vSAN', 'every component Active again (after recover)', seconds(rto.resyncedSeconds)],
      ],
    ),
  ];
}

function integrity(report: DrillReport): string[] {
  const it = report.drill.integrity;
  if (!it) return ['## Integrity', '', 'No baseline was recorded.'];
  const lines = [
    '## Integrity',
    '',
    `Baseline ${it.baseline.recordedAt}: ${it.baseline.images} images, ${it.baseline.blobs} blobs.`,
    '',
    `**Verdict: ${it.verdict ?? 'not checked yet'}**: ${it.summary}`,
  ];
  if (it.recheck)
    lines.push('', `After recovery (${it.recheck.checkedAt}): **${it.recheck.verdict}**: ${it.recheck.summary}`);
  if (it.images.length) {
    lines.push(
      '',
      ...table(
        ['image', 'manifest', 'blobs', 'status', 'detail'],
        it.images.map((i) => [i.ref, i.manifestDigest, i.blobs, i.status, i.detail]),
      ),
    );
  }
  for (const v of it.affectedVolumes) lines.push('', `- ${v.name}: ${v.verdict}: ${v.reason}`);
  return lines;
}

function preflight(report: DrillReport): string[] {
  const p = report.drill.preflight;
  return [
    '## Preflight',
    '',
    `- vSphere HA: ${p.haEnabled ? 'on' : 'off'}; ${p.hostName} is ${p.hostIsHaPrimary ? 'the HA primary' : 'a secondary'}` +
      (p.expectedDetectionSeconds === null
        ? ''
        : `, expected to be declared dead after ${p.expectedDetectionSeconds} s`),
    `- ${p.harborVm.name}: ${p.harborVm.reason}`,
    `- Repair timer: ${p.repairOutlook}`,
    `- Would go down: ${p.goesDown.length ? p.goesDown.join(', ') : 'nothing'}`,
    '',
    ...table(
      ['object', 'policy', 'votes lost', 'accessible after', 'data', 'why'],
      p.objects.map((o) => [
        o.name,
        o.policy,
        `${o.votesLost} of ${o.votesTotal}`,
        o.accessibleAfter ? 'yes' : 'no',
        o.dataAfter,
        o.reason,
      ]),
    ),
  ];
}

function volumes(report: DrillReport): string[] {
  const lines = ['## Volumes: policy and placement'];
  for (const v of report.volumes) {
    lines.push('', `### ${v.name}`, '', `Policy ${v.policy}: \`${v.policyContent}\``, '');
    lines.push(
      ...table(
        ['type', 'host', 'state'],
        v.placement.map((c) => [c.type, c.hostName, c.state]),
      ),
    );
  }
  return lines;
}

/** `GET /api/drills/:id/report?format=md`: the drill as a Markdown document. */
export function renderDrillReport(report: DrillReport): string {
  const { drill } = report;
  const lines = [
    `# Failover drill ${drill.id}: ${drill.description}`,
    '',
    `- Status: **${drill.status}**${drill.failure ? `: ${drill.failure}` : ''}`,
    `- Started ${drill.startedAt} by ${drill.initiator}; ended ${drill.endedAt ?? 'not yet'}`,
    `- Harbor's VM: on ${drill.vmHostBefore} before, on ${drill.vmHostNow ?? 'no host'} now`,
    '',
    ...figures(report),
    '',
    ...integrity(report),
    '',
    ...preflight(report),
    '',
    ...volumes(report),
    '',
    '## Timeline',
    '',
    ...table(
      ['t (s)', 'time', 'lane', 'severity', 'event'],
      drill.timeline.map((e) => [e.tSeconds, e.time, e.lane, e.severity, e.message]),
    ),
  ];
  return `${lines.join('\n')}\n`;
}
