/** `@harborview/twin/harbor`: Harbor's compose layouts and the walkthrough's 0.4.1 compose file, for the BFF. */
export { HARBOR_041_COMPOSE_TEXT } from './compose-041-text';
export { containerNameOf, LAYOUTS } from './layouts';
