import { describe, expect, it } from 'vitest';

import { isUnderDataDir, looksLikeFile, mountRole, normalisePath } from './classify';
import type { MountKind } from './types';

describe('looksLikeFile', () => {
  it.each<[MountKind, string, string, boolean]>([
    ['bind', './common/config/registry/config.yml', '/etc/registry/config.yml', true],
    ['bind', './config/ui/private_key.pem', '/etc/ui/private_key.pem', true],
    ['bind', '/data/secret/registry/root.crt', '/etc/registry/root.crt', true],
    ['bind', '/data/secret/keys/secretkey', '/etc/core/key', true],
    ['bind', '/etc/localtime', '/etc/localtime', true],
    ['bind', '/var/run/docker.sock', '/var/run/docker.sock', true],
    ['bind', './common/config/nginx', '/etc/nginx', false],
    ['bind', '/data/secret/cert', '/etc/cert', false],
    ['bind', '/data/registry', '/storage', false],
    ['bind', './config/registry/', '/etc/registry/', false],
    ['bind', '/data/app.conf.d/', '/etc/app.conf.d/', false],
    ['volume', 'config.yml', '/etc/x/config.yml', false],
  ])('when a %s mounts %s at %s, then file is %s', (kind, source, target, expected) => {
    // Act
    const actual = looksLikeFile(kind, source, target);

    // Assert
    expect(actual).toBe(expected);
  });
});

describe('mountRole', () => {
  it.each([
    ['/data/registry', '/storage', false, 'registry-storage'],
    ['/data/database', '/var/lib/postgresql/data', false, 'database'],
    ['/data/database', '/var/lib/mysql/', false, 'database'],
    ['/data/job_logs', '/var/log/jobs', false, 'job-logs'],
    ['/data/redis', '/var/lib/redis', false, 'redis'],
    ['/data/chart_storage', '/chart_storage', false, 'chart-storage'],
    ['/data/trivy-adapter/trivy', '/home/scanner/.cache/trivy', false, 'scanner-cache'],
    ['/data/ca_download/', '/etc/core/ca/', false, 'ca-download'],
    ['/data/', '/data/', false, 'data-root'],
    ['/data', '/harbor_storage', false, 'data-root'],
    ['/var/log/harbor/', '/var/log/docker/', false, 'logs'],
    ['/data/secret/cert', '/etc/cert', false, 'secret'],
    ['./common/config/nginx', '/etc/nginx', false, 'config'],
    ['/opt/cache', '/var/cache/nginx', false, 'other'],
  ])('when %s is mounted at %s, then the role is %s', (source, target, isFile, expected) => {
    // Act
    const actual = mountRole('bind', source, target, isFile);

    // Assert
    expect(actual).toBe(expected);
  });
});

describe('paths', () => {
  it.each([
    ['/data', true],
    ['/data/', true],
    ['/data/registry', true],
    ['/database', false],
    ['/srv/harbor/registry', false],
    ['./data/registry', false],
  ])('when the host path is %s, then under /data is %s', (path, expected) => {
    // Act
    const actual = isUnderDataDir(path);

    // Assert
    expect(actual).toBe(expected);
  });

  it.each([
    ['/var/log/docker/', '/var/log/docker'],
    ['/storage', '/storage'],
    ['/', '/'],
    ['//', '/'],
  ])('when %s is normalised, then it reads %s', (path, expected) => {
    // Act
    const actual = normalisePath(path);

    // Assert
    expect(actual).toBe(expected);
  });
});
