/**
 * What the bench measures in the page, with the Performance API: time from navigation start to a view's main content,
 * the API call that took longest, and frame times (requestAnimationFrame deltas) while a list scrolls end to end.
 */
import type { Locator, Page } from 'playwright-core';

/** A view of the console, how to tell it has rendered, and what in it scrolls (if the bench should scroll it). */
export interface ViewCase {
  name: string;
  url: string;
  ready: (page: Page) => Locator;
  /** An element inside the list to scroll; its nearest scrollable ancestor is scrolled top to bottom. */
  scroll?: (page: Page) => Locator;
}

export interface RenderTiming {
  ms: number;
  /**
   * CPU the view cost, from navigation start to its content: the page's main thread and the BFF. Unlike wall time,
   * CPU time hardly grows when other processes compete for the cores, so these show what a view costs on a busy box.
   */
  pageCpuMs: number;
  serverCpuMs: number | undefined;
  slowestApi: string;
}

/** Reads CPU used so far: the page's main thread (DevTools `ThreadTime`) and the BFF process. */
export interface CpuProbes {
  page: () => Promise<number>;
  server: () => number | undefined;
}

/** The page's main-thread CPU time so far, ms, through a DevTools session that lives across navigations. */
export async function pageCpuProbe(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
  };
}

export interface ScrollTiming {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Frames over the smoothness budget. */
  dropped: number;
  /** The page's main-thread CPU per frame: what each frame cost, whatever else competed for the cores. */
  cpuPerFrame: number;
}

const READY_TIMEOUT_MS = 30_000;

/** Navigates to the view and times it: navigation start → main content visible (Infinity if it never shows). */
export async function timeRender(page: Page, base: string, view: ViewCase, cpu: CpuProbes): Promise<RenderTiming> {
  const serverBefore = cpu.server();
  await page.goto(`${base}${view.url}`, { waitUntil: 'commit' });
  // The new document's renderer may be a new process: its thread time counts from zero at the commit.
  const pageBefore = await cpu.page();
  try {
    await view.ready(page).waitFor({ state: 'visible', timeout: READY_TIMEOUT_MS });
  } catch {
    return {
      ms: Infinity,
      pageCpuMs: NaN,
      serverCpuMs: undefined,
      slowestApi: 'main content never became visible (30 s)',
    };
  }
  const pageCpuMs = (await cpu.page()) - pageBefore;
  const serverAfter = cpu.server();
  const serverCpuMs = serverBefore === undefined || serverAfter === undefined ? undefined : serverAfter - serverBefore;
  // performance.now() is measured from the navigation's timeOrigin, i.e. navigation start.
  const ms = await page.evaluate(() => performance.now());
  // The resource entries say which API call took longest (the event stream never ends, so it is left out).
  const calls = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => e.name.includes('/api/') && !e.name.includes('/api/stream'))
      .map((e) => ({ url: new URL(e.name).pathname + new URL(e.name).search, end: e.responseEnd, took: e.duration })),
  );
  const slow = calls.sort((a, b) => b.took - a.took)[0];
  return {
    ms,
    pageCpuMs,
    serverCpuMs,
    slowestApi: slow ? `${slow.url} ${Math.round(slow.took)} ms (done at ${Math.round(slow.end)} ms)` : '—',
  };
}

/** Scrolls the list under `inside` from top to bottom in `steps` frames and returns the frame times seen meanwhile. */
export async function timeScroll(
  inside: Locator,
  budgetMs: number,
  pageCpu: CpuProbes['page'],
  steps = 200,
): Promise<ScrollTiming> {
  const before = await pageCpu();
  const frames = await inside.evaluate(
    async (el, { budgetMs, steps }) => {
      let scroller: HTMLElement | null = el as HTMLElement;
      while (
        scroller &&
        !(scroller.scrollHeight > scroller.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(scroller).overflowY))
      )
        scroller = scroller.parentElement;
      if (!scroller) throw new Error('nothing scrollable around the list');
      const deltas: number[] = [];
      let last = performance.now();
      let running = true;
      const tick = (now: number): void => {
        deltas.push(now - last);
        last = now;
        if (running) requestAnimationFrame(tick);
      };
      requestAnimationFrame((now) => {
        last = now;
        requestAnimationFrame(tick);
      });
      const step = (scroller.scrollHeight - scroller.clientHeight) / steps;
      for (let i = 1; i <= steps; i++) {
        scroller.scrollTop = step * i;
        await new Promise((r) => requestAnimationFrame(() => r(null)));
      }
      running = false;
      await new Promise((r) => setTimeout(r, 50));
      const sorted = [...deltas].sort((a, b) => a - b);
      const pct = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
      return {
        frames: deltas.length,
        p50: pct(0.5),
        p95: pct(0.95),
        max: sorted.at(-1) ?? 0,
        dropped: deltas.filter((d) => d > budgetMs).length,
      };
    },
    { budgetMs, steps },
  );
  return { ...frames, cpuPerFrame: ((await pageCpu()) - before) / Math.max(1, frames.frames) };
}
