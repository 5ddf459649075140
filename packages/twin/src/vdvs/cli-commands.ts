/**
 * The command lines an operator would type for what the console does: `vmdkops_admin.py policy …` on an ESXi host
 * (vdvs.md §3) and `docker volume …` in the Docker VM (vdvs.md §1), with the one POSIX-shell quoting rule they
 * share. The web wizards show them, the BFF's runbook lists them and the twin's policy check returns one.
 */

// Words made only of these need no quotes in sh (SW=2, vsan-policy-name=SW=2, /tmp/x.vib).
const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** Where the VIB installs the admin CLI on ESXi (vdvs.md §3); wizards show the bare script name instead. */
export const VMDKOPS_ADMIN_PATH = '/usr/lib/vmware/vmdkops/bin/vmdkops_admin.py';

/** Stands for a name not typed yet; shown bare, as it is a placeholder rather than a shell word. */
export const NAME_PLACEHOLDER = '<name>';

/** The Docker volume driver name the walkthrough installs the plugin under (vdvs.md §1). */
export const VOLUME_DRIVER = 'vmdk';

/**
 * Quotes one word for POSIX sh: left bare when safe (unless `always`), else single-quoted with each `'` written
 * as `'\''`.
 * @example shellQuote('(("stripeWidth" i2))') === `'(("stripeWidth" i2))'`
 */
export function shellQuote(word: string, { always = false }: { always?: boolean } = {}): string {
  if (!always && word !== '' && SAFE.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Joins words into one command line, each quoted as needed. */
export function shellLine(words: readonly string[]): string {
  return words.map((word) => shellQuote(word)).join(' ');
}

/** What a `vmdkops_admin.py policy create|update` line needs; a null name prints the placeholder. */
export interface PolicyCommandInput {
  verb: 'create' | 'update';
  name: string | null;
  content: string;
  /** The script as typed: the bare name (the docs' spelling) unless the full path is wanted. */
  admin?: string;
}

/**
 * `vmdkops_admin.py policy create|update --name … --content '…'`: the content is always single-quoted, as the
 * vDVS docs write it (vdvs.md §3).
 * @example vmdkopsPolicyCommand({ verb: 'create', name: 'SW=2', content: '(("stripeWidth" i2))' })
 * // `vmdkops_admin.py policy create --name SW=2 --content '(("stripeWidth" i2))'`
 */
export function vmdkopsPolicyCommand({ verb, name, content, admin = 'vmdkops_admin.py' }: PolicyCommandInput): string {
  const nameWord = name === null ? NAME_PLACEHOLDER : shellQuote(name);
  return `${shellLine([admin, 'policy', verb])} --name ${nameWord} --content ${shellQuote(content, { always: true })}`;
}

/** `vmdkops_admin.py policy rm --name …`. */
export function vmdkopsPolicyRemoveCommand(name: string, admin = 'vmdkops_admin.py'): string {
  return shellLine([admin, 'policy', 'rm', '--name', name]);
}

/**
 * `docker volume create --driver=vmdk --name=… -o k=v…` with the options in the order given; a null name prints
 * the placeholder.
 * @example dockerVolumeCreateCommand('vsanvol3', { size: '20gb', 'vsan-policy-name': 'SW=2' })
 * // 'docker volume create --driver=vmdk --name=vsanvol3 -o size=20gb -o vsan-policy-name=SW=2'
 */
export function dockerVolumeCreateCommand(fullName: string | null, opts: Readonly<Record<string, string>>): string {
  const name = fullName === null ? NAME_PLACEHOLDER : shellQuote(fullName);
  const options = Object.entries(opts).map(([key, value]) => ` -o ${shellQuote(`${key}=${value}`)}`);
  return `docker volume create --driver=${VOLUME_DRIVER} --name=${name}${options.join('')}`;
}

/** `docker volume rm …`. */
export function dockerVolumeRemoveCommand(fullName: string): string {
  return shellLine(['docker', 'volume', 'rm', fullName]);
}
