import {
  DrillFrameSchema,
  DrillListSchema,
  DrillPreflightSchema,
  DrillReplaySchema,
  DrillSchema,
} from '@harborview/contracts/drills';
import { describe, expect, it } from 'vitest';

import {
  drillFixture,
  drillSummaryFixture,
  failedOverFrameFixture,
  frameFixture,
  preflightFixture,
  replayFixture,
  riskyPreflightFixture,
} from './drill-fixtures';

describe('drill fixtures', () => {
  it('when parsed with the contract schemas, then every fixture is a valid API body', () => {
    const results = [
      DrillPreflightSchema.safeParse(preflightFixture()),
      DrillPreflightSchema.safeParse(riskyPreflightFixture()),
      DrillSchema.safeParse(drillFixture()),
      DrillListSchema.safeParse({ items: [drillSummaryFixture()] }),
      DrillFrameSchema.safeParse(frameFixture()),
      DrillFrameSchema.safeParse(failedOverFrameFixture()),
      DrillReplaySchema.safeParse(replayFixture()),
    ];

    expect(results.map((r) => r.success)).toStrictEqual(results.map(() => true));
  });
});
