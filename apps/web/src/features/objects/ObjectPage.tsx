import type { InventoryNode } from '@harborview/contracts/inventory';
import { ObjectKindSchema } from '@harborview/contracts/inventory';
import { TEST_IDS } from '@harborview/testids/testids';
import type { ReactNode } from 'react';
import { lazy, Suspense } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';

import { objectPath } from '../../shared/lib/object-routes';
import { KindIcon } from '../../shared/ui/KindIcon';
import { EmptyState, ErrorState, LoadingState } from '../../shared/ui/QueryState';
import { tabId, TabList, tabPanelId } from '../../shared/ui/TabList';
import { DatastoreFilesPage } from '../storage/DatastoreFilesPage';
import { ClusterVsanSummary } from '../vsan/ClusterVsanSummary';
import { HostComponents } from '../vsan/HostComponents';

import type { ConfigureSubject } from './ConfigureView';
import { ConfigureView } from './ConfigureView';
import {
  ClusterSummaryView,
  ContainerSummaryView,
  DatastoreSummaryView,
  NetworkSummaryView,
} from './ContainerSummaryViews';
import { HostSummaryView } from './HostSummaryView';
import { MonitorView } from './MonitorView';
import type { ObjectTabId } from './object-tabs';
import { resolveTab, tabsFor } from './object-tabs';
import { usePrefetchTab } from './prefetch-tab';
import type { InventoryData, RelatedObjects } from './related-objects';
import { relatedObjects } from './related-objects';
import { RelatedObjectsView } from './RelatedObjectsView';
import { findNode, useInventoryData } from './use-inventory-data';
import { VmSummaryView } from './VmSummaryView';

// The Volumes table (with the virtualizer) is also a page of its own: load it on first use.
const VolumesPage = lazy(() => import('../volumes/VolumesPage').then((m) => ({ default: m.VolumesPage })));

function SummaryPanel({
  node,
  data,
  related,
}: {
  node: InventoryNode;
  data: InventoryData;
  related: RelatedObjects;
}): ReactNode {
  switch (node.kind) {
    case 'host': {
      const host = data.hosts.find((h) => h.id === node.id);
      return host ? (
        <div className="grid gap-3">
          <HostSummaryView host={host} vms={related.vms} />
          <HostComponents host={host} />
        </div>
      ) : null;
    }
    case 'vm': {
      const vm = data.vms.find((v) => v.id === node.id);
      return vm ? <VmSummaryView vm={vm} host={data.hosts.find((h) => h.id === vm.hostId)} /> : null;
    }
    case 'cluster': {
      const cluster = data.clusters.find((c) => c.id === node.id);
      return cluster ? (
        <div className="grid gap-3">
          <ClusterSummaryView cluster={cluster} related={related} />
          {cluster.vsanEnabled && <ClusterVsanSummary />}
        </div>
      ) : null;
    }
    case 'datastore': {
      const datastore = data.datastores.find((d) => d.id === node.id);
      // The vsanDatastore is the cluster's vSAN capacity: show the cluster figures (reserved, health) below it.
      return datastore ? (
        <div className="grid gap-3">
          <DatastoreSummaryView datastore={datastore} />
          {datastore.type === 'vsan' && <ClusterVsanSummary />}
        </div>
      ) : null;
    }
    case 'network':
      return <NetworkSummaryView node={node} related={related} />;
    case 'vcenter':
    case 'datacenter':
      return <ContainerSummaryView node={node} related={related} />;
  }
}

function configureSubject(node: InventoryNode, data: InventoryData): ConfigureSubject {
  const fallback: ConfigureSubject = { kind: 'other', name: node.name };
  // The node's own record from its list, as the subject `wrap` makes of it; a node the lists lack is only named.
  const subjectOf = <T extends { id: string }>(list: readonly T[], wrap: (item: T) => ConfigureSubject) => {
    const item = list.find((candidate) => candidate.id === node.id);
    return item ? wrap(item) : fallback;
  };
  switch (node.kind) {
    case 'cluster':
      return subjectOf(data.clusters, (cluster) => ({ kind: 'cluster', cluster }));
    case 'host':
      return subjectOf(data.hosts, (host) => ({ kind: 'host', host }));
    case 'vm':
      return subjectOf(data.vms, (vm) => ({ kind: 'vm', vm }));
    case 'datastore':
      return subjectOf(data.datastores, (datastore) => ({ kind: 'datastore', datastore }));
    default:
      return fallback;
  }
}

function TabPanelContent({
  tab,
  section,
  node,
  data,
}: {
  tab: ObjectTabId;
  section: string | undefined;
  node: InventoryNode;
  data: InventoryData;
}): ReactNode {
  const related = relatedObjects(node.kind, node.id, data);
  switch (tab) {
    case 'summary':
      return <SummaryPanel node={node} data={data} related={related} />;
    case 'monitor':
      return <MonitorView kind={node.kind} id={node.id} section={section} />;
    case 'configure':
      return <ConfigureView subject={configureSubject(node, data)} section={section} />;
    case 'files': {
      const datastore = data.datastores.find((d) => d.id === node.id);
      return datastore ? <DatastoreFilesPage datastore={datastore} /> : null;
    }
    case 'volumes':
      return (
        <Suspense fallback={<LoadingState label="volumes" />}>
          <VolumesPage embedded />
        </Suspense>
      );
    default:
      return <RelatedObjectsView tab={tab} related={related} />;
  }
}

/** Route entry for `/inventory/:kind/:id/:tab/:section?`: the object's title, its tabs and the chosen tab's content. */
export function ObjectPage(): ReactNode {
  const params = useParams();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const result = useInventoryData();
  const kind = ObjectKindSchema.safeParse(params.kind);
  usePrefetchTab(
    kind.success && params.id
      ? { kind: kind.data, id: params.id, tab: params.tab, section: params.section, path: search.get('path') ?? '' }
      : null,
  );

  if (!kind.success || !params.id) return <EmptyState>Unknown object type “{params.kind}”.</EmptyState>;
  if (result.status === 'pending') return <LoadingState label="object" />;
  if (result.status === 'error') return <ErrorState error={result.error} onRetry={result.retry} />;

  const id = params.id;
  const node = result.trees.map((tree) => findNode(tree, id)).find((n) => n?.kind === kind.data);
  if (!node)
    return (
      <EmptyState>
        No {kind.data} with id “{id}” in the inventory.
      </EmptyState>
    );
  const tab = resolveTab(node.kind, params.tab);

  return (
    <article data-testid={TEST_IDS.objectView} className="flex h-full flex-col">
      <header className="flex items-center gap-2 px-4 pt-3">
        <KindIcon kind={node.kind} className="h-6 w-6 text-slate-600 dark:text-slate-300" />
        <h1 data-testid={TEST_IDS.objectTitle} className="text-lg font-semibold">
          {node.name}
        </h1>
      </header>
      <TabList
        label={`${node.name} tabs`}
        idPrefix="object"
        tabs={tabsFor(node.kind).map((t) => ({ ...t, testId: TEST_IDS.objectTab(t.id) }))}
        selected={tab}
        onSelect={(next) => void navigate(objectPath(node.kind, node.id, next))}
        className="border-b border-slate-200 px-2 dark:border-slate-700"
      />
      <div
        role="tabpanel"
        id={tabPanelId('object', tab)}
        aria-labelledby={tabId('object', tab)}
        className="min-h-0 flex-1 overflow-auto p-4"
      >
        <TabPanelContent tab={tab} section={params.section} node={node} data={result.data} />
      </div>
    </article>
  );
}
