import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';

import { PageSection } from '../../shared/ui/PageSection';

import type { ApplyPanelProps } from './components/ApplyPanel';
import { ApplyPanel } from './components/ApplyPanel';
import type { MappingTableProps } from './components/MappingTable';
import { MappingTable } from './components/MappingTable';
import type { PreviewPanelProps } from './components/PreviewPanel';
import { PreviewPanel } from './components/PreviewPanel';
import type { SourcePanelProps } from './components/SourcePanel';
import { SourcePanel } from './components/SourcePanel';

export interface AttachViewProps {
  source: SourcePanelProps;
  /** The mapping table's props, or what to show while the mounts load or when they cannot be read. */
  mapping: MappingTableProps | ReactNode;
  preview: PreviewPanelProps;
  apply: ApplyPanelProps;
}

function isTable(mapping: AttachViewProps['mapping']): mapping is MappingTableProps {
  return typeof mapping === 'object' && mapping !== null && 'rows' in mapping && 'onChoiceChange' in mapping;
}

/** The Attach to Harbor wizard: source, mappings, preview, apply — one page, each step checked as the user goes. */
export function AttachView({ source, mapping, preview, apply }: AttachViewProps): ReactNode {
  return (
    <PageSection titleId="attach-title" title="Attach to Harbor" padded testId={TEST_IDS.attachWizard}>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        Move Harbor&apos;s data mounts onto vDVS volumes: the compose edit the walkthrough does by hand.
      </p>
      <SourcePanel {...source} />
      {isTable(mapping) ? <MappingTable {...mapping} /> : mapping}
      <PreviewPanel {...preview} />
      <ApplyPanel {...apply} />
    </PageSection>
  );
}
