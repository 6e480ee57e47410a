/** A short, human wording of a file-system error code (never a stack trace). */
export function describeFileError(error: unknown): { code: string; text: string } {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'EUNKNOWN';
  const text = WORDS[code] ?? (error instanceof Error ? error.message : String(error));
  return { code, text };
}

const WORDS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ELOOP: 'too many levels of symbolic links (a symbolic link loop)',
  EISDIR: 'is a directory',
  ENOTDIR: 'a path component is not a directory',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'file name too long',
  EIO: 'input/output error',
};
