import type { Harbor, HarborImage } from '@harborview/contracts/harbor';
import type { ReactNode } from 'react';

import { Portlet } from '../../shared/ui/Portlet';

import { DataPlacementTable } from './components/DataPlacementTable';
import { FindingsList } from './components/FindingsList';
import { HarborHealthPanel, RegistryPanel } from './components/HarborStatusPanels';
import { ImagesTable } from './components/ImagesTable';
import { ServicesTable } from './components/ServicesTable';
import type { MountedVolumes } from './data-placement';
import { dataPlacement } from './data-placement';

export interface HarborViewProps {
  harbor: Harbor;
  /** The images, or a loading/error state: the registry can be down while the rest of the page is not. */
  images: HarborImage[] | ReactNode;
  /** The mounted volumes by the mounts' names, and why any could not be loaded. */
  volumes: MountedVolumes;
  /** Twin time in ms, or null until the clock is read (uptimes show a dash). */
  nowMs: number | null;
  selectedService: string | null;
  /** The Docker VM's name, once the VM list has loaded. */
  vmName: string | null;
}

/** The Harbor page: health, registry endpoint, findings first when there are any, services, data placement, images. */
export function HarborView({ harbor, images, volumes, nowMs, selectedService, vmName }: HarborViewProps): ReactNode {
  const findings = (
    <Portlet title={`Findings (${harbor.findings.length})`}>
      <FindingsList findings={harbor.findings} />
    </Portlet>
  );
  return (
    <div className="space-y-3">
      <div className="grid gap-3 lg:grid-cols-2">
        <HarborHealthPanel harbor={harbor} vmName={vmName} />
        <RegistryPanel registry={harbor.registry} />
      </div>
      {harbor.findings.length > 0 && findings}
      <Portlet title="Services">
        <div className="overflow-x-auto">
          <ServicesTable
            services={harbor.services}
            volumes={volumes.volumes}
            nowMs={nowMs}
            selected={selectedService}
          />
        </div>
      </Portlet>
      <Portlet title="Where the data sits">
        <div className="overflow-x-auto">
          <DataPlacementTable rows={dataPlacement(harbor.services, volumes)} />
        </div>
      </Portlet>
      <Portlet title="Images">{Array.isArray(images) ? <ImagesTable images={images} /> : images}</Portlet>
      {harbor.findings.length === 0 && findings}
    </div>
  );
}
