import type { RouteSpec } from './api-spec';
import { DRILL_ROUTES } from './api-routes-drills';
import { INFRA_ROUTES } from './api-routes-infra';
import { SECURITY_ROUTES } from './api-routes-security';
import { SERVICE_ROUTES } from './api-routes-services';

/** Every route of the API. The BFF's route table test and the OpenAPI document both read this list. */
export const API_SPEC: RouteSpec[] = [...INFRA_ROUTES, ...SERVICE_ROUTES, ...DRILL_ROUTES, ...SECURITY_ROUTES];
