import * as fs from 'node:fs';
import * as path from 'node:path';

/** Makes a rename or a newly created file in `folder` survive power loss (POSIX needs this). */
export function fsyncFolder(folder: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch (error) {
    // Windows cannot open a folder for fsync; NTFS journals the rename itself.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EACCES') throw error;
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}

/**
 * Replaces `target` with `content` so that a crash leaves either the old or the new file, never a
 * mix: write a temp file, fsync it, rename it over the target, fsync the folder.
 */
export function writeFileAtomic(target: string, content: string | Buffer, mode = 0o600): void {
  const temp = `${target}.${process.pid}.tmp`;
  const fd = fs.openSync(temp, 'w', mode);
  try {
    fs.writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  fsyncFolder(path.dirname(target));
}

/** Copies `source` to `target` (which must not exist) and flushes the copy before returning. */
export function copyFileDurable(source: string, target: string): void {
  fs.copyFileSync(source, target, fs.constants.COPYFILE_EXCL);
  const fd = fs.openSync(target, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fsyncFolder(path.dirname(target));
}
