import type { Document, YAMLMap } from 'yaml';
import { CST, isCollection, isMap, isNode, isPair, isScalar, Lexer, LineCounter, parseDocument } from 'yaml';

import { ComposeError } from './errors';

/** Largest compose file accepted, in UTF-8 bytes; Harbor's own files are under 10 KiB. */
export const MAX_COMPOSE_BYTES = 256 * 1024;
/** Deepest collection nesting accepted; Harbor's files nest 5 deep. */
export const MAX_NESTING_DEPTH = 64;
/** Alias budget handed to yaml's expansion guard (its own default). */
export const MAX_ALIAS_COUNT = 100;

/** A parsed compose file plus what is needed to map nodes back to lines. */
export interface ParsedYaml {
  readonly text: string;
  readonly document: Document.Parsed;
  readonly lineCounter: LineCounter;
}

/**
 * Parses untrusted YAML with resource limits: size first, then flow depth from the lexer (yaml's composer
 * exhausts memory on ~10k nested brackets before it can report anything), then tree depth and duplicate keys in
 * one linear walk (yaml's own duplicate-key check compares every key with every earlier one: 20 000 keys in one
 * map took 14 s), then yaml's alias-expansion guard.
 */
export function parseYamlSafely(text: string): ParsedYaml {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_COMPOSE_BYTES) {
    throw new ComposeError('too-large', `The file is ${bytes} bytes; the limit is ${MAX_COMPOSE_BYTES} bytes.`);
  }
  assertFlowDepth(text);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, merge: true, prettyErrors: false, uniqueKeys: false });
  const multi = document.errors.find((e) => e.code === 'MULTIPLE_DOCS');
  if (multi !== undefined) {
    throw new ComposeError('multiple-documents', 'A compose file holds exactly one YAML document.');
  }
  const first = document.errors[0];
  if (first !== undefined) {
    const line = lineCounter.linePos(first.pos[0]).line;
    throw new ComposeError('invalid-yaml', `Line ${line}: ${first.message.split('\n')[0] ?? ''}`);
  }
  assertTreeShape(document, lineCounter);
  try {
    document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError) {
      throw new ComposeError('alias-bomb', 'Aliases expand too much (a "billion laughs" document); refused.');
    }
    throw new ComposeError('invalid-yaml', error instanceof Error ? error.message : String(error));
  }
  return { text, document, lineCounter };
}

function assertFlowDepth(text: string): void {
  // Fewer opening brackets than the limit cannot nest past it; skips the lexer pass for every real compose file.
  if ((text.match(/[[{]/g)?.length ?? 0) <= MAX_NESTING_DEPTH) return;
  let depth = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type === 'flow-map-start' || type === 'flow-seq-start') {
      depth += 1;
      if (depth > MAX_NESTING_DEPTH) throw tooDeep();
    } else if (type === 'flow-map-end' || type === 'flow-seq-end') {
      depth = Math.max(0, depth - 1);
    }
  }
}

// Iterative, and never follows aliases, so neither deep block nesting nor alias fan-out can blow the stack.
// Duplicate keys are found with one Set per map: yaml's default check (uniqueKeys) is quadratic in the map's size.
function assertTreeShape(document: Document.Parsed, lineCounter: LineCounter): void {
  const stack: { node: unknown; depth: number }[] = [{ node: document.contents, depth: 0 }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { node, depth } = next;
    if (!isCollection(node)) continue;
    if (depth >= MAX_NESTING_DEPTH) throw tooDeep();
    if (isMap(node)) assertUniqueKeys(node, lineCounter);
    for (const item of node.items) {
      if (isPair(item)) {
        stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
      } else {
        stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
}

// The same equality yaml's default uses: scalars by value (so `1` and `"1"` differ), other keys by identity.
function assertUniqueKeys(map: YAMLMap, lineCounter: LineCounter): void {
  const seen = new Set<unknown>();
  for (const { key } of map.items) {
    const identity = isScalar(key) ? key.value : key;
    if (seen.has(identity)) {
      const line = lineCounter.linePos(isNode(key) ? (key.range?.[0] ?? 0) : 0).line;
      throw new ComposeError('invalid-yaml', `Line ${line}: Map keys must be unique`);
    }
    seen.add(identity);
  }
}

function tooDeep(): ComposeError {
  return new ComposeError('too-deep', `The document nests deeper than ${MAX_NESTING_DEPTH} levels; refused.`);
}
