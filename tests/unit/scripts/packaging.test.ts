import Ajv from 'ajv';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const config = JSON.parse(readFileSync('electron-builder.json', 'utf8'));
const schema = JSON.parse(readFileSync('node_modules/app-builder-lib/scheme.json', 'utf8'));

describe('the installer configuration', () => {
  it('is valid against electron-builder’s own schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const { $schema: _ignored, ...withoutSchemaKey } = config;
    const valid = validate(withoutSchemaKey);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('builds every installer IT asked for, per machine, with a fixed MSI upgrade code', () => {
    expect(config.win.target).toEqual(['nsis', 'msi']);
    expect(config.nsis.perMachine).toBe(true);
    expect(config.msi.perMachine).toBe(true);
    expect(config.msi.upgradeCode).toMatch(/^[0-9a-f-]{36}$/);
    expect(config.mac.target).toEqual(['dmg', 'pkg']);
    expect(config.linux.target).toEqual(['deb', 'rpm', 'AppImage']);
    expect(config.appId).toBe('no.pust.desktop');
    expect(config.fileAssociations).toBeUndefined();
  });

  it('flips the Electron fuses in production builds and never publishes or auto-updates', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.publish).toBeNull();
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })).not.toContain(
      'electron-updater',
    );
  });

  it('npm run package stops with one clear line where Electron cannot be downloaded', () => {
    // A closed local port stands in for "no route to GitHub", on any machine.
    const result = spawnSync(process.execPath, ['scripts/package.mjs'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        PUST_PACKAGE_SKIP_BUILD: '1',
        ELECTRON_MIRROR: 'http://127.0.0.1:9/',
        ELECTRON_BUILDER_CACHE: '/nonexistent-pust-cache',
        ELECTRON_CACHE: '/nonexistent-pust-cache',
      },
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^pust package: electron-builder could not download Electron or its packaging tools \(connect ECONNREFUSED 127\.0\.0\.1:9\)/,
    );
  }, 120_000);
});
