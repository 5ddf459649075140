// What the property-seed globalSetup provides to the test workers (`inject('propertySeed')`).
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    propertySeed: number;
  }
}
