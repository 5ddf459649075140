/** `@harborview/twin/vsan`: the words and tones of vSAN states, which the console's badges and legends read. */
export { COMPONENT_STATE_LABELS, COMPONENT_STATE_TONES, OBJECT_HEALTH_LABELS, objectHealthTone } from './state-labels';
export type { StateTone } from './state-labels';
