import { setupServer } from 'msw/node';

import { defaultHandlers } from './handlers';

/** MSW server for component tests: default handlers per resource, scenarios override them per test. */
export const server = setupServer(...defaultHandlers);
