// Words made only of these need no quotes in sh (SW=2, vsan-policy-name=SW=2, /tmp/x.vib).
const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * Quotes one word for POSIX sh: left bare when safe, else single-quoted with each `'` written as `'\''`.
 * @example shellQuote('(("stripeWidth" i2))') === `'(("stripeWidth" i2))'`
 */
export function shellQuote(word: string): string {
  if (word !== '' && SAFE.test(word)) return word;
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** Joins words into one command line, each quoted as needed. */
export function shellLine(words: readonly string[]): string {
  return words.map(shellQuote).join(' ');
}
