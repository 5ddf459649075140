import { describe, expect, it } from 'vitest';

import { ComposeError } from './errors';
import { MAX_COMPOSE_BYTES, MAX_NESTING_DEPTH, parseYamlSafely } from './safe-parse';

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ComposeError) return error.code;
    throw error;
  }
  return 'none';
}

// Nine levels of nine aliases each: ~387 million strings once expanded.
function billionLaughs(): string {
  let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
  for (let level = 1; level < 10; level += 1) {
    const prev = String.fromCharCode(96 + level);
    const name = String.fromCharCode(97 + level);
    text += `${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
  }
  return text;
}

describe('parseYamlSafely', () => {
  it.each([
    ['a file over the size limit', `x: "${'a'.repeat(MAX_COMPOSE_BYTES)}"\n`, 'too-large'],
    ['100 000 nested flow sequences', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'too-deep'],
    [
      'flow nesting one past the limit',
      `x: ${'['.repeat(MAX_NESTING_DEPTH + 1)}${']'.repeat(MAX_NESTING_DEPTH + 1)}\n`,
      'too-deep',
    ],
    ['deep block nesting', Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'), 'too-deep'],
    ['a billion-laughs alias bomb', billionLaughs(), 'alias-bomb'],
    ['two YAML documents', 'services: {}\n---\nservices: {}\n', 'multiple-documents'],
    ['a syntax error', 'services:\n  a: [1, 2\n', 'invalid-yaml'],
    ['a duplicate key', 'services: {}\nservices: {}\n', 'invalid-yaml'],
  ])('when given %s, then it refuses it with its code', (_label, text, code) => {
    // Act
    const actual = codeOf(() => parseYamlSafely(text));

    // Assert
    expect(actual).toBe(code);
  });

  it('when a size-limit error is thrown, then its message names the limit', () => {
    // Arrange
    const text = 'x'.repeat(MAX_COMPOSE_BYTES + 1);

    // Act
    const run = (): unknown => parseYamlSafely(text);

    // Assert
    expect(run).toThrow(`the limit is ${MAX_COMPOSE_BYTES} bytes`);
  });

  it('when anchors, aliases and merge keys are used normally, then the document parses', () => {
    // Arrange
    const text = 'x: &log {driver: syslog}\nservices:\n  a: {logging: *log}\n  b:\n    <<: *log\n    image: nginx\n';

    // Act
    const parsed = parseYamlSafely(text);

    // Assert
    expect(parsed.document.toJS()).toStrictEqual({
      x: { driver: 'syslog' },
      services: { a: { logging: { driver: 'syslog' } }, b: { driver: 'syslog', image: 'nginx' } },
    });
  });

  it.each([
    ['a block map', 'services: {}\nx: 1\nservices: {}\n', 'Line 3: Map keys must be unique'],
    ['a flow map', 'x: {a: 1, b: 2, a: 3}\n', 'Line 1: Map keys must be unique'],
    ['null keys spelled two ways', 'x: {null: 1, ~: 2}\n', 'Line 1: Map keys must be unique'],
  ])('when %s repeats a key, then it is refused naming the line', (_label, text, message) => {
    // Act
    const run = (): unknown => parseYamlSafely(text);

    // Assert
    expect(run).toThrow(message);
  });

  it('when keys differ only in type (1 and "1") or repeat in different maps, then the document parses', () => {
    // Arrange
    const text = 'x: {1: a, "1": b}\ny: {k: 1}\nz: {k: 2}\n';

    // Act
    const parsed = parseYamlSafely(text);

    // Assert
    expect(parsed.document.toJS()).toStrictEqual({ x: { 1: 'b' }, y: { k: 1 }, z: { k: 2 } });
  });

  it('when a map holds 10 000 distinct keys, then every key is kept', () => {
    // Arrange: yaml's own duplicate check is quadratic (20 000 keys took 14 s); ours is one Set per map.
    const text = Array.from({ length: 10_000 }, (_, i) => `k${i}: ${i}\n`).join('');

    // Act
    const parsed = parseYamlSafely(text);

    // Assert
    expect(Object.keys(parsed.document.toJS() as object)).toHaveLength(10_000);
  });

  it('when nesting is exactly at the limit, then the document parses', () => {
    // Arrange
    const text = `x: ${'['.repeat(MAX_NESTING_DEPTH - 2)}1${']'.repeat(MAX_NESTING_DEPTH - 2)}\n`;

    // Act
    const run = (): unknown => parseYamlSafely(text);

    // Assert
    expect(run).not.toThrow();
  });
});
