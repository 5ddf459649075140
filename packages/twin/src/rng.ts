/**
 * A tiny seeded PRNG (sfc32) whose whole state is four uint32s in a plain object, so it can live in twin state,
 * be serialized to JSON and be replayed. Every helper returns `[value, nextState]` and never mutates its input.
 */

/** The serializable state of the generator: four unsigned 32-bit words. */
export interface RngState {
  readonly a: number;
  readonly b: number;
  readonly c: number;
  readonly d: number;
}

const UINT32 = 2 ** 32;
// sfc32 is weak for its first outputs; discarding a few decorrelates nearby seeds (1, 2, 3...).
const WARM_UP_ROUNDS = 15;

/** FNV-1a over the string's UTF-16 code units: turns a string seed into a uint32. */
function hashString(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i += 1) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** splitmix32: spreads one seed word over the four state words. */
function splitmix32(x: number): [number, number] {
  const next = (x + 0x9e3779b9) >>> 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return [(z ^ (z >>> 15)) >>> 0, next];
}

/** Advances sfc32 one step and returns the raw uint32 output. */
export function nextUint32(state: RngState): readonly [number, RngState] {
  let { a, b, c, d } = state;
  const t = (((a + b) | 0) + d) | 0;
  d = (d + 1) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  c = (c + t) | 0;
  return [t >>> 0, { a: a >>> 0, b: b >>> 0, c: c >>> 0, d: d >>> 0 }];
}

/**
 * Builds a generator from a number or string seed; the same seed always yields the same sequence.
 * @example const rng = createRng('scenario-1'); const [x, rng2] = nextRandom(rng);
 */
export function createRng(seed: number | string): RngState {
  let word = typeof seed === 'string' ? hashString(seed) : Math.trunc(seed) >>> 0;
  const words: number[] = [];
  for (let i = 0; i < 4; i += 1) {
    const [value, next] = splitmix32(word);
    words.push(value);
    word = next;
  }
  let state: RngState = { a: words[0] ?? 0, b: words[1] ?? 0, c: words[2] ?? 0, d: words[3] ?? 0 };
  for (let i = 0; i < WARM_UP_ROUNDS; i += 1) {
    state = nextUint32(state)[1];
  }
  return state;
}

/** A float in [0, 1). */
export function nextRandom(state: RngState): readonly [number, RngState] {
  const [value, next] = nextUint32(state);
  return [value / UINT32, next];
}

/**
 * `count` floats in [0, 1) at once: the same values and final state as `count` calls of `nextRandom`, without a
 * state object per draw (placement and rebuild draw a tie key for every device, hundreds of times per step).
 * `into`, when long enough, is written instead of a new array. With nothing to draw, the input state comes back.
 */
export function nextRandoms(state: RngState, count: number, into?: Float64Array): readonly [Float64Array, RngState] {
  const n = Math.max(0, count);
  const values = into !== undefined && into.length >= n ? into.subarray(0, n) : new Float64Array(n);
  if (n === 0) {
    return [values, state];
  }
  // The words stay int32 inside the loop; every operation is the same modulo 2^32 as in `nextUint32`.
  let { a, b, c, d } = state;
  for (let i = 0; i < values.length; i += 1) {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    values[i] = (t >>> 0) / UINT32;
  }
  return [values, { a: a >>> 0, b: b >>> 0, c: c >>> 0, d: d >>> 0 }];
}

/** An integer in [min, max], both inclusive. */
export function nextInt(state: RngState, min: number, max: number): readonly [number, RngState] {
  if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
    throw new RangeError(`nextInt needs integers with min <= max, got ${min}..${max}`);
  }
  const [value, next] = nextRandom(state);
  return [min + Math.floor(value * (max - min + 1)), next];
}

/** One element of a non-empty list, uniformly. */
export function nextPick<T>(state: RngState, items: readonly T[]): readonly [T, RngState] {
  const [index, next] = nextInt(state, 0, items.length - 1);
  const item = items[index];
  if (item === undefined) {
    throw new RangeError('nextPick needs a non-empty list');
  }
  return [item, next];
}

/** `length` lowercase hex digits. */
export function nextHex(state: RngState, length: number): readonly [string, RngState] {
  // The words of `nextRandoms`, scaled back to uint32s: no state object per word (every new uuid draws four).
  const [words, next] = nextRandoms(state, Math.ceil(length / 8));
  let out = '';
  for (const word of words) out += (word * UINT32).toString(16).padStart(8, '0');
  return [out.slice(0, length), next];
}

/**
 * A vSAN-style UUID `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`. Pass `prefix` (8 hex digits) to share the first group,
 * as the components of one object do in RVC output (`33ca0255-...`, vsan-ha.md §1 Quorum and votes).
 */
export function nextUuid(state: RngState, prefix?: string): readonly [string, RngState] {
  const [hex, next] = nextHex(state, 32);
  const first = prefix ?? hex.slice(0, 8);
  return [`${first}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`, next];
}
