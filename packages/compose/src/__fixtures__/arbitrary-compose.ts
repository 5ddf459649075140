import fc from 'fast-check';

import type { VolumeMapping } from '../types';

/** A generated compose file and every mount in it that a volume may replace. */
export interface GeneratedCompose {
  readonly text: string;
  readonly candidates: readonly VolumeMapping[];
}

const quoteStyle = fc.constantFrom<'plain' | 'single' | 'double'>('plain', 'single', 'double');
const modes = fc.subarray(['rw', 'z'], { maxLength: 2 });

const entry = fc.record({
  long: fc.boolean(),
  quote: quoteStyle,
  modes,
  comment: fc.boolean(),
  trailingSpaces: fc.boolean(),
  selinux: fc.boolean(),
});

function quote(value: string, style: 'plain' | 'single' | 'double'): string {
  if (style === 'single') return `'${value}'`;
  if (style === 'double') return `"${value}"`;
  return value;
}

/** Compose files in the styles operators write: mixed quoting, long and short syntax, comments, CRLF, trailing spaces. */
export const arbitraryCompose: fc.Arbitrary<GeneratedCompose> = fc
  .record({
    crlf: fc.boolean(),
    version: fc.boolean(),
    header: fc.boolean(),
    services: fc.array(fc.array(entry, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
  })
  .map(({ crlf, version, header, services }) => {
    const lines: string[] = [];
    const candidates: VolumeMapping[] = [];
    if (header) lines.push('# generated for a property test');
    if (version) lines.push("version: '2.3'");
    lines.push('services:');
    let n = 0;
    services.forEach((mounts, s) => {
      lines.push(`  svc${s}:`, `    image: goharbor/harbor-core:v2.${s}.0`, '    volumes:');
      for (const m of mounts) {
        n += 1;
        const tail = `${m.comment ? `  # mount ${n}` : ''}${m.trailingSpaces ? '  ' : ''}`;
        if (m.long) {
          lines.push(`      - type: bind${tail}`, `        source: ${quote(`/data/d${n}`, m.quote)}`, `        target: /t${n}`);
          if (m.selinux) lines.push('        bind:', '          selinux: z');
        } else {
          const suffix = m.modes.length > 0 ? `:${m.modes.join(',')}` : '';
          lines.push(`      - ${quote(`/data/d${n}:/t${n}${suffix}`, m.quote)}${tail}`);
        }
        candidates.push({ service: `svc${s}`, target: `/t${n}`, volume: `vol${n}` });
      }
      lines.push('    restart: always');
    });
    const eol = crlf ? '\r\n' : '\n';
    return { text: lines.map((l) => l + eol).join(''), candidates };
  });
