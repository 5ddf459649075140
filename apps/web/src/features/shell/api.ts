import { sliceKeys } from '../../shared/lib/query-keys';
import { routeQueryOptions } from '../../shared/lib/route-query';

/** Query keys of the console shell: the BFF's version and backend kind. */
export const shellKeys = sliceKeys('shell', ['health']);

/** Version and backend kind for the header's About entry. */
export const healthQueryOptions = () => routeQueryOptions(shellKeys.health(), 'system.health');
