/**
 * URLs of the console's pages outside the inventory (Volumes, Storage Policies, Harbor), shared by the
 * console navigation, global search and every link into those pages.
 */
export const CONSOLE_PATHS = {
  volumes: '/volumes',
  volume: (name: string): string => `/volumes/${encodeURIComponent(name)}`,
  policies: '/policies',
  /** The policies list with one policy highlighted. */
  policy: (name: string): string => `/policies?selected=${encodeURIComponent(name)}`,
  harbor: '/harbor',
  /** The Harbor page with one service's row highlighted. */
  harborService: (name: string): string => `/harbor?service=${encodeURIComponent(name)}`,
  /** Failover drills: pick a fault, watch a drill live, replay a past one. */
  failover: '/failover',
  failoverDrill: (id: string): string => `/failover/drills/${encodeURIComponent(id)}`,
  failoverReplay: (id: string): string => `/failover/drills/${encodeURIComponent(id)}/replay`,
  /** Presenter mode: the walkthrough as beats, full screen, without the console's chrome. */
  present: '/present',
} as const;
