import Ajv from 'ajv';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const config = JSON.parse(readFileSync('electron-builder.json', 'utf8'));
const schema = JSON.parse(readFileSync('node_modules/app-builder-lib/scheme.json', 'utf8'));

describe('the installer configuration', { timeout: 60_000 }, () => {
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

describe('the signing plan (environment variables only; nothing here can sign)', async () => {
  const { signingPlan } = await import('../../../scripts/signing-plan.mjs');

  it('says plainly when installers will not be signed', () => {
    expect(signingPlan({}, 'win32').summary).toEqual([
      'Windows: NOT SIGNED (set WIN_CSC_LINK or PUST_AZURE_SIGNING_*)',
    ]);
    expect(signingPlan({}, 'darwin').summary).toEqual([
      'macOS: NOT SIGNED (set CSC_LINK and CSC_KEY_PASSWORD)',
    ]);
    expect(signingPlan({ PUST_REQUIRE_SIGNING: '1' }, 'win32').problems).toEqual([
      'PUST_REQUIRE_SIGNING=1, but signing is not set up (see above)',
    ]);
  });

  it('uses Authenticode from electron-builder.json when a certificate is given', () => {
    expect(config.win.signtoolOptions).toEqual({
      signingHashAlgorithms: ['sha256'],
      rfc3161TimeStampServer: 'http://timestamp.digicert.com',
    });
    expect(signingPlan({ WIN_CSC_LINK: 'cert.pfx' }, 'win32')).toEqual({
      args: [],
      summary: ['Windows: Authenticode with the certificate in WIN_CSC_LINK / CSC_LINK'],
      problems: [],
    });
  });

  it('switches to Azure Trusted Signing, and names what is missing for it', () => {
    const env = {
      PUST_AZURE_SIGNING_ENDPOINT: 'https://weu.codesigning.azure.net',
      PUST_AZURE_SIGNING_ACCOUNT: 'dfo-signing',
      PUST_AZURE_SIGNING_PROFILE: 'pust',
      PUST_AZURE_SIGNING_PUBLISHER: 'CN=Pust',
    };
    const plan = signingPlan(env, 'win32');
    expect(plan.args).toEqual([
      '-c.win.signtoolOptions=null',
      '-c.win.azureSignOptions.endpoint=https://weu.codesigning.azure.net',
      '-c.win.azureSignOptions.codeSigningAccountName=dfo-signing',
      '-c.win.azureSignOptions.certificateProfileName=pust',
      '-c.win.azureSignOptions.publisherName=CN=Pust',
    ]);
    expect(plan.problems).toEqual([
      'Azure Trusted Signing needs AZURE_TENANT_ID, AZURE_CLIENT_ID, AZURE_CLIENT_SECRET',
    ]);
  });

  it('signs and notarizes on macOS when the Developer ID and the notary key are given', () => {
    expect(config.mac).toMatchObject({ hardenedRuntime: true, notarize: true });
    const env = {
      CSC_LINK: 'id.p12',
      CSC_INSTALLER_LINK: 'installer.p12',
      APPLE_API_KEY: 'key.p8',
      APPLE_API_KEY_ID: 'ABC',
      APPLE_API_ISSUER: 'x',
    };
    expect(signingPlan(env, 'darwin').summary).toEqual(['macOS: Developer ID signed, notarized']);
  });

  it('has a fixed NSIS guid (the uninstall key IT detects) and an installer that locks the policy folder', () => {
    expect(config.nsis.guid).toBe('561f5f4d-9495-4969-b167-0de29b85ed15');
    const script = readFileSync(config.nsis.include, 'utf8');
    expect(script).toContain('!macro customInstall');
    expect(script).toMatch(
      /\/inheritance:r \/grant:r \*S-1-5-18:\(OI\)\(CI\)F \*S-1-5-32-544:\(OI\)\(CI\)F \*S-1-5-32-545:\(OI\)\(CI\)RX/,
    );
  });
});
