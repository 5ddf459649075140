// A stand-in for the BFF process, run by bff-crash.test.ts under `node --import tsx`: it starts the registry,
// pushes images in a loop and saves the ledger after each, until the test SIGKILLs it (or, in `exit` mode,
// it exits normally right after the first pushes).
import { createDistributionClient } from '../distribution-client';
import { emptyLedger, recordImage, saveLedger } from '../ledger';
import { generateOciImage } from '../oci-image';
import { pushImage } from '../push-image';
import { findRegistryBinary } from '../registry-binary';
import { createRegistrySupervisor } from '../registry-supervisor';
import { createSeededRandom } from '../seeded-random';

const [mode, configDir, storageRoot, ledgerDir] = process.argv.slice(2);
if (!mode || !configDir || !storageRoot || !ledgerDir)
  throw new Error('usage: <push|exit> configDir storageRoot ledgerDir');
const binary = findRegistryBinary();
if (!binary.available) throw new Error(binary.reason);

const supervisor = await createRegistrySupervisor({ binary: binary.path, configDir, log: () => undefined });
await supervisor.start(storageRoot);
const client = createDistributionClient(supervisor.url);
const random = createSeededRandom(7);
let ledger = emptyLedger();
for (let n = 1; ; n += 1) {
  const repository = `library/demo-${n}`;
  const image = generateOciImage(random, { label: `${repository}:1.0` });
  ledger = recordImage(
    ledger,
    await pushImage(client, { repository, tag: '1.0', image, pushedAt: new Date(0).toISOString() }),
  );
  await saveLedger(ledgerDir, ledger);
  if (n === 1) {
    process.stdout.write(`READY ${supervisor.pid() ?? -1} ${supervisor.port}\n`);
    if (mode === 'exit') process.exit(0);
  }
}
