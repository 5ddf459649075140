/**
 * The one branding helper of the twin: units that are easy to confuse (seconds vs ms, bytes vs GB, instants vs
 * durations) get distinct compile-time types. Brands are type-only: at runtime and in JSON they are plain numbers.
 * One `BRAND` symbol for the whole package, so `Seconds` from tasks/ and vsan/ are the same type.
 */

declare const BRAND: unique symbol;

/** `T` tagged with the brand `B`. */
export type Brand<T, B extends string> = T & { readonly [BRAND]: B };
