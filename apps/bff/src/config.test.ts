import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { describe, expect, it } from 'vitest';

import { loadConfig } from './config';

// A checkout in a temporary directory: the module sits at <root>/apps/bff/src/server.ts as in the repo.
function getTestContext(): {
  root: string;
  moduleUrl: string;
  load: (env: NodeJS.ProcessEnv) => ReturnType<typeof loadConfig>;
} {
  const root = mkdtempSync(path.join(tmpdir(), 'harborview-config-'));
  const moduleUrl = pathToFileURL(path.join(root, 'apps', 'bff', 'src', 'server.ts')).href;
  return { root, moduleUrl, load: (env) => loadConfig({ DATA_DIR: path.join(root, 'data'), ...env }, moduleUrl) };
}

// The README's security defaults: what every unset (or empty) security variable gives.
const DEFAULT_SECURITY = {
  adminPassword: undefined,
  resetAdminPassword: false,
  sessionIdleMs: 30 * 60_000,
  cookieSecure: 'auto',
  trustProxy: false,
  logLevel: undefined,
};

describe('loadConfig', () => {
  it('when nothing is set, then every README default applies and DATA_DIR is created beside apps/', () => {
    // Arrange
    const { root, moduleUrl } = getTestContext();

    // Act
    const config = loadConfig({}, moduleUrl);

    // Assert
    expect(config).toStrictEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: path.join(root, '.data'),
      webDistDir: path.join(root, 'apps', 'web', 'dist'),
      security: DEFAULT_SECURITY,
    });
    expect(existsSync(path.join(root, '.data'))).toBe(true);
  });

  it('when variables are empty, then they count as unset', () => {
    // Arrange
    const { load } = getTestContext();

    // Act
    const config = load({
      PORT: '',
      HOST: '',
      ADMIN_PASSWORD: '',
      RESET_ADMIN_PASSWORD: '',
      SESSION_IDLE_MINUTES: '',
      COOKIE_SECURE: '',
      TRUST_PROXY: '',
    });

    // Assert
    expect([config.port, config.host, config.security]).toStrictEqual([8080, '127.0.0.1', DEFAULT_SECURITY]);
  });

  it('when every variable is set, then each one is read', () => {
    // Arrange
    const { root, load } = getTestContext();

    // Act
    const config = load({
      PORT: '0',
      HOST: '0.0.0.0',
      WEB_DIST_DIR: path.join(root, 'web'),
      ADMIN_PASSWORD: 'correct horse',
      RESET_ADMIN_PASSWORD: 'YES',
      SESSION_IDLE_MINUTES: '1.5',
      COOKIE_SECURE: 'false',
      TRUST_PROXY: 'loopback',
      LOG_LEVEL: 'warn',
    });

    // Assert
    expect(config).toStrictEqual({
      port: 0,
      host: '0.0.0.0',
      dataDir: path.join(root, 'data'),
      webDistDir: path.join(root, 'web'),
      security: {
        adminPassword: 'correct horse',
        resetAdminPassword: true,
        sessionIdleMs: 90_000,
        cookieSecure: false,
        trustProxy: 'loopback',
        logLevel: 'warn',
      },
    });
  });

  it.each([
    ['1', true],
    ['true', true],
    ['Yes', true],
    ['0', false],
    ['FALSE', false],
    ['no', false],
  ])('when a flag is %s, then it reads as %s', (raw, expected) => {
    // Arrange
    const { load } = getTestContext();

    // Act
    const config = load({ RESET_ADMIN_PASSWORD: raw, COOKIE_SECURE: raw });

    // Assert
    expect([config.security.resetAdminPassword, config.security.cookieSecure]).toStrictEqual([expected, expected]);
  });

  it.each([
    ['false', false],
    ['FALSE', false],
    ['True', true],
    ['2', 2],
    ['10.0.0.0/8', '10.0.0.0/8'],
  ])('when TRUST_PROXY is %s, then Express gets %s', (raw, expected) => {
    // Arrange
    const { load } = getTestContext();

    // Act
    const config = load({ TRUST_PROXY: raw });

    // Assert
    expect(config.security.trustProxy).toStrictEqual(expected);
  });

  it.each([
    [{ PORT: 'http' }, "PORT must be an integer from 0 to 65535, got 'http'"],
    [{ PORT: '80.5' }, "PORT must be an integer from 0 to 65535, got '80.5'"],
    [{ PORT: '-1' }, "PORT must be an integer from 0 to 65535, got '-1'"],
    [{ PORT: '65536' }, "PORT must be an integer from 0 to 65535, got '65536'"],
    [{ SESSION_IDLE_MINUTES: '0' }, "SESSION_IDLE_MINUTES must be a number of minutes from 1 to 10080, got '0'"],
    [{ SESSION_IDLE_MINUTES: 'soon' }, "SESSION_IDLE_MINUTES must be a number of minutes from 1 to 10080, got 'soon'"],
    [
      { SESSION_IDLE_MINUTES: '10081' },
      "SESSION_IDLE_MINUTES must be a number of minutes from 1 to 10080, got '10081'",
    ],
    [
      { SESSION_IDLE_MINUTES: 'Infinity' },
      "SESSION_IDLE_MINUTES must be a number of minutes from 1 to 10080, got 'Infinity'",
    ],
    [{ RESET_ADMIN_PASSWORD: 'please' }, "RESET_ADMIN_PASSWORD must be true or false, got 'please'"],
    [{ COOKIE_SECURE: 'AUTO' }, "COOKIE_SECURE must be true or false, got 'AUTO'"],
  ])('when %o, then loading fails with the message the operator reads', (env, message) => {
    // Arrange
    const { load } = getTestContext();

    // Act
    const run = (): unknown => load(env);

    // Assert
    expect(run).toThrow(new Error(message));
  });

  it('when several variables are invalid, then one message names each of them', () => {
    // Arrange
    const { load } = getTestContext();

    // Act
    const run = (): unknown => load({ PORT: 'http', COOKIE_SECURE: 'maybe' });

    // Assert
    expect(run).toThrow(
      new Error(
        "PORT must be an integer from 0 to 65535, got 'http'; COOKIE_SECURE must be true or false, got 'maybe'",
      ),
    );
  });
});
