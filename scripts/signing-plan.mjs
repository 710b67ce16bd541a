// How `npm run package` signs, from environment variables only (no secret is ever in the repo).
// electron-builder.json holds what does not change: SHA-256 Authenticode with an RFC 3161
// timestamp, hardened runtime and notarization on macOS. The certificates and accounts come from
// the environment; this decides which Windows signer to use and says plainly what will be signed.

const AZURE = {
  endpoint: 'PUST_AZURE_SIGNING_ENDPOINT',
  codeSigningAccountName: 'PUST_AZURE_SIGNING_ACCOUNT',
  certificateProfileName: 'PUST_AZURE_SIGNING_PROFILE',
  publisherName: 'PUST_AZURE_SIGNING_PUBLISHER',
};
// Microsoft Entra ID credentials that Azure Trusted Signing reads itself.
const AZURE_IDENTITY = ['AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_CLIENT_SECRET'];
const APPLE_NOTARY = [
  ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'],
  ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'],
  ['APPLE_KEYCHAIN_PROFILE'],
];

const has = (env, name) => typeof env[name] === 'string' && env[name] !== '';

/**
 * @param {Record<string, string | undefined>} env
 * @param {NodeJS.Platform} platform the OS that builds (each OS builds its own installers)
 * @returns {{ args: string[], summary: string[], problems: string[] }}
 */
export function signingPlan(env, platform) {
  const args = [];
  const summary = [];
  const problems = [];
  if (platform === 'win32') {
    const azure = Object.values(AZURE).filter((name) => has(env, name));
    if (azure.length > 0) {
      const missing = [
        ...Object.values(AZURE).filter((name) => !has(env, name)),
        ...AZURE_IDENTITY.filter((name) => !has(env, name)),
      ];
      if (missing.length > 0) problems.push(`Azure Trusted Signing needs ${missing.join(', ')}`);
      // The two Windows signers exclude each other in electron-builder.
      args.push('-c.win.signtoolOptions=null');
      for (const [option, name] of Object.entries(AZURE)) {
        args.push(`-c.win.azureSignOptions.${option}=${env[name] ?? ''}`);
      }
      summary.push('Windows: Azure Trusted Signing');
    } else if (has(env, 'WIN_CSC_LINK') || has(env, 'CSC_LINK')) {
      summary.push('Windows: Authenticode with the certificate in WIN_CSC_LINK / CSC_LINK');
    } else {
      summary.push('Windows: NOT SIGNED (set WIN_CSC_LINK or PUST_AZURE_SIGNING_*)');
    }
  }
  if (platform === 'darwin') {
    const identity = has(env, 'CSC_LINK') || has(env, 'CSC_NAME');
    const notary = APPLE_NOTARY.some((set) => set.every((name) => has(env, name)));
    summary.push(
      identity
        ? `macOS: Developer ID signed, ${notary ? 'notarized' : 'NOT notarized (set APPLE_API_KEY, APPLE_API_KEY_ID, APPLE_API_ISSUER)'}`
        : 'macOS: NOT SIGNED (set CSC_LINK and CSC_KEY_PASSWORD)',
    );
    if (identity && !has(env, 'CSC_INSTALLER_LINK')) {
      summary.push('macOS pkg: NOT SIGNED (set CSC_INSTALLER_LINK for the Developer ID Installer)');
    }
  }
  if (platform === 'linux') summary.push('Linux: packages are not signed (sign the repository)');
  if (env.PUST_REQUIRE_SIGNING === '1') {
    // A release build fails instead of producing unsigned installers.
    args.push('-c.forceCodeSigning=true');
    if (summary.some((line) => line.includes('NOT SIGNED'))) {
      problems.push('PUST_REQUIRE_SIGNING=1, but signing is not set up (see above)');
    }
  }
  return { args, summary, problems };
}
