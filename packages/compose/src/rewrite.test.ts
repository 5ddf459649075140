import { describe, expect, it } from 'vitest';

import { readSharedFixture } from './__fixtures__/fixtures';
import { listDataMounts } from './inventory';
import { applyUnifiedDiff } from './patch';
import { rewriteCompose } from './rewrite';
import type { VolumeMapping } from './types';

const map = (service: string, target: string, volume: string): VolumeMapping => ({ service, target, volume });
const WALKTHROUGH = [
  map('registry', '/storage', 'vsanvol1'),
  map('mysql', '/var/lib/mysql', 'vsanvol2'),
  map('jobservice', '/var/log/jobs', 'vsanvol3'),
];

const WALKTHROUGH_DIFF = `--- a/docker-compose.yml
+++ b/docker-compose.yml
@@ -11,7 +11,7 @@
     image: library/registry:2.5.0
     restart: always
     volumes:
-      - /data/registry:/storage
+      - vsanvol1:/storage
       - ./config/registry/:/etc/registry/
     environment:
       - GODEBUG=netdns=cgo
@@ -28,7 +28,7 @@
     build: ./db/
     restart: always
     volumes:
-      - /data/database:/var/lib/mysql
+      - vsanvol2:/var/lib/mysql
     env_file:
       - ./config/db/env
     depends_on:
@@ -63,7 +63,7 @@
       - ./config/jobservice/env
     restart: always
     volumes:
-      - /data/job_logs:/var/log/jobs
+      - vsanvol3:/var/log/jobs
       - ./config/jobservice/app.conf:/etc/jobservice/app.conf
     depends_on:
       - ui
@@ -90,3 +90,10 @@
       options:  
         syslog-address: "tcp://127.0.0.1:1514"
         tag: "proxy"
+volumes:
+  vsanvol1:
+    external: true
+  vsanvol2:
+    external: true
+  vsanvol3:
+    external: true
`;

describe('rewriteCompose on the real Harbor files', () => {
  it('when the walkthrough mapping is applied to 0.4.1, then the diff is exactly the three mounts and the volumes', () => {
    // Arrange
    const before = readSharedFixture('0.4.1');

    // Act
    const result = rewriteCompose(before, WALKTHROUGH);

    // Assert
    expect(result.diff).toBe(WALKTHROUGH_DIFF);
    expect(applyUnifiedDiff(before, result.diff)).toBe(result.compose);
    expect(result.compose.match(/options: {2}\n/g)).toHaveLength(5);
    expect(result.warnings.map((w) => [w.code, w.service ?? null])).toStrictEqual([
      ['regenerated-by-prepare', null],
      ['copy-data-first', 'registry'],
      ['copy-data-first', 'mysql'],
      ['copy-data-first', 'jobservice'],
    ]);
  });

  it('when the walkthrough mapping is applied to 0.5.0, then the mounts move and ui is warned about /data', () => {
    // Act
    const result = rewriteCompose(readSharedFixture('0.5.0'), WALKTHROUGH);

    // Assert
    const moved = listDataMounts(result.compose)
      .mounts.filter((m) => m.kind === 'volume')
      .map((m) => `${m.service}:${m.source}`);
    expect(moved).toStrictEqual(['registry:vsanvol1', 'mysql:vsanvol2', 'jobservice:vsanvol3']);
    expect(result.warnings.filter((w) => w.code === 'parent-bind-remains').map((w) => w.service)).toStrictEqual(['ui']);
  });

  it('when registry storage and the database move on 2.11.0, then :z stays and only those lines change', () => {
    // Arrange
    const before = readSharedFixture('2.11.0');
    const mappings = [
      map('registry', '/storage', 'vsanvol1'),
      map('registryctl', '/storage', 'vsanvol1'),
      map('postgresql', '/var/lib/postgresql/data', 'vsanvol2'),
    ];

    // Act
    const result = rewriteCompose(before, mappings);

    // Assert
    const removed = result.diff.split('\n').filter((l) => l.startsWith('-') && !l.startsWith('---'));
    const added = result.diff.split('\n').filter((l) => l.startsWith('+') && !l.startsWith('+++'));
    expect(removed).toStrictEqual([
      '-      - /data/registry:/storage:z',
      '-      - /data/registry:/storage:z',
      '-      - /data/database:/var/lib/postgresql/data:z',
    ]);
    expect(added).toStrictEqual([
      '+      - vsanvol1:/storage:z',
      '+      - vsanvol1:/storage:z',
      '+      - vsanvol2:/var/lib/postgresql/data:z',
      '+volumes:',
      '+  vsanvol1:',
      '+    external: true',
      '+  vsanvol2:',
      '+    external: true',
    ]);
    expect(result.warnings.filter((w) => w.code === 'selinux-label-kept').map((w) => w.service)).toStrictEqual([
      'registry',
      'registryctl',
      'postgresql',
    ]);
  });

  it('when the rewrite runs again on its own output, then the diff is empty and only the prepare warning remains', () => {
    // Arrange
    const mappings = [map('registry', '/storage', 'vsanvol1'), map('registryctl', '/storage', 'vsanvol1')];
    const once = rewriteCompose(readSharedFixture('2.11.0'), mappings).compose;

    // Act
    const again = rewriteCompose(once, mappings);

    // Assert
    expect([again.compose === once, again.diff, again.warnings.map((w) => w.code)]).toStrictEqual([
      true,
      '',
      ['regenerated-by-prepare'],
    ]);
  });
});
