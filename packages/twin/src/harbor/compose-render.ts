/**
 * The compose text a scenario's Docker VM starts with. 0.4.1 is the seed's file byte for byte (harbor.md §0); the
 * other layouts are rendered from their data, so the console's compose editor and the attach wizard have a file
 * whose services, images, names, restart policies, mounts, ports, depends_on and logging match the twin's containers.
 * A rendering, not the byte-for-byte file `prepare` writes: short volume syntax, no `:z`, no env_file, cap_drop,
 * dns_search or networks (the twin does not model them).
 */
import { HARBOR_041_COMPOSE_TEXT } from './compose-041-text';
import type { ComposeLayout, ServiceSpec } from './layout-types';

// Ports are quoted: YAML 1.1 readers (docker-compose v1) would read 80:80 as a base-60 number.
function serviceLines(s: ServiceSpec): string[] {
  const lines = [`  ${s.name}:`];
  if (s.image !== null) lines.push(`    image: ${s.image}`);
  if (s.build !== null) {
    if (s.build.dockerfile === null) lines.push(`    build: ${s.build.context}`);
    else lines.push('    build:', `      context: ${s.build.context}`, `      dockerfile: ${s.build.dockerfile}`);
  }
  if (s.containerName !== null) lines.push(`    container_name: ${s.containerName}`);
  lines.push(`    restart: ${s.restart}`);
  if (s.mounts.length > 0) lines.push('    volumes:', ...s.mounts.map((m) => `      - ${m.source}:${m.target}`));
  if (s.ports.length > 0) lines.push('    ports:', ...s.ports.map((p) => `      - "${p}"`));
  if (s.dependsOn.length > 0) lines.push('    depends_on:', ...s.dependsOn.map((d) => `      - ${d}`));
  if (s.logging === 'syslog') {
    lines.push(
      '    logging:',
      '      driver: "syslog"',
      '      options:',
      '        syslog-address: "tcp://127.0.0.1:1514"',
      `        tag: "${s.name}"`,
    );
  }
  return lines;
}

/** The layout as a docker-compose.yml; named volumes are declared `external: true` (created by the vDVS plugin). */
export function renderComposeText(layout: ComposeLayout): string {
  const named = [
    ...new Set(layout.services.flatMap((s) => s.mounts.filter((m) => m.type === 'volume').map((m) => m.source))),
  ];
  const lines = [`version: '${layout.fileVersion}'`, 'services:', ...layout.services.flatMap(serviceLines)];
  if (named.length > 0) lines.push('volumes:', ...named.flatMap((n) => [`  ${n}:`, '    external: true']));
  return `${lines.join('\n')}\n`;
}

/** The compose text Harbor starts from: the seed's file for 0.4.1, else the rendering. */
export function initialComposeText(layout: ComposeLayout): string {
  return layout.id === '0.4.1' ? HARBOR_041_COMPOSE_TEXT : renderComposeText(layout);
}
