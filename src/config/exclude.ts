import { posix, relative } from 'node:path';

/**
 * The configuration file's `exclude` globs (relative to its directory) as
 * `--exclude` globs (relative to the working directory, where the walk
 * matches them). A bare name (`*.bak`, no slash) matches at any depth either
 * way. When the working directory is below the configuration file
 * (`infra/` of a repository configured at its root), `infra/examples/**`
 * becomes `examples/**`, a pattern that starts with `**` is kept, and a
 * pattern for another subtree cannot match and is dropped; when the file is
 * below the working directory (`--config sub/.iac-lint.yaml`), patterns get
 * its directory as a prefix.
 */
export function excludeFromConfig(globs: string[], configDir: string, cwd: string): string[] {
  const down = relative(configDir, cwd).split('\\').join('/'); // config dir → cwd
  const out: string[] = [];
  for (const raw of globs) {
    const anchored = raw.startsWith('./');
    const glob = raw.replace(/^\.\/+/, '').replace(/\/+$/, '');
    if (glob === '') continue;
    const bare = !anchored && !glob.includes('/');
    if (down === '') out.push(raw);
    else if (down.startsWith('..')) {
      // The configuration file is below the working directory (or elsewhere): prefix its place.
      const up = relative(cwd, configDir).split('\\').join('/');
      out.push(posix.normalize(bare ? `${escapeGlob(up)}/**/${glob}` : `${escapeGlob(up)}/${glob}`));
    } else if (bare) out.push(glob);
    else {
      const rest = stripPrefix(glob.split('/'), down.split('/'));
      if (rest !== undefined) out.push(`./${rest}`);
    }
  }
  return out;
}

/** The pattern below `prefix` (literal directory names), or undefined when it cannot match there. */
function stripPrefix(segments: string[], prefix: string[]): string | undefined {
  for (let i = 0; i < prefix.length; i++) {
    const s = segments[i];
    if (s === undefined) return undefined; // the pattern names a directory above the working directory
    if (s === '**') return segments.slice(i).join('/');
    if (s !== prefix[i] && !/[*?[{]/.test(s)) return undefined; // another subtree
  }
  const rest = segments.slice(prefix.length).join('/');
  return rest === '' ? undefined : rest;
}

function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}()!@+]/g, (c) => `\\${c}`);
}
