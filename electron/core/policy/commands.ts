import { execFile } from 'node:child_process';

export interface CommandResult {
  /** The exit code; null when the command could not be started or was stopped. */
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a system tool (reg.exe, plutil, PowerShell) and gives back its output: the policy is read
 * with the tools every machine has, so Pust needs no native module. Tests pass recorded output.
 */
export type CommandRunner = (
  file: string,
  args: readonly string[],
  options?: { verbatimArguments?: boolean },
) => Promise<CommandResult>;

export const runCommand: CommandRunner = (file, args, options = {}) =>
  new Promise((resolve) => {
    execFile(
      file,
      [...args],
      {
        encoding: 'utf8',
        timeout: 20_000,
        windowsHide: true,
        maxBuffer: 4 * 1024 * 1024,
        windowsVerbatimArguments: options.verbatimArguments ?? false,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr: stderr || (error && code === null ? error.message : '') });
      },
    );
  });
