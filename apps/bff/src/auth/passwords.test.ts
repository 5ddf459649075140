import { describe, expect, it } from 'vitest';

import { TEST_SCRYPT_COST } from '../test/test-session';

import { generatePassword, hashPassword, verifyPassword } from './passwords';

describe('password hashing (scrypt)', () => {
  it('when the same password is hashed twice, then the salts differ and both verify', async () => {
    const a = await hashPassword('correct horse', TEST_SCRYPT_COST);
    const b = await hashPassword('correct horse', TEST_SCRYPT_COST);

    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[\w-]+\$[\w-]+$/);
    expect([await verifyPassword('correct horse', a), await verifyPassword('correct horse', b)]).toStrictEqual([
      true,
      true,
    ]);
  });

  it('when the password is wrong, then it does not verify', async () => {
    const stored = await hashPassword('correct horse', TEST_SCRYPT_COST);

    expect(await verifyPassword('correct horsE', stored)).toBe(false);
  });

  it.each(['', 'plain', 'scrypt$x$8$1$abc$def', 'bcrypt$10$8$1$abc$def'])(
    'when the stored hash is malformed (%j), then nothing verifies',
    async (stored) => {
      expect(await verifyPassword('anything', stored)).toBe(false);
    },
  );

  it('when a first-admin password is generated, then it is 24 URL-safe characters and new each time', () => {
    const a = generatePassword();

    expect(a).toMatch(/^[\w-]{24}$/);
    expect(generatePassword()).not.toBe(a);
  });
});
