import type { ColorSetting } from './arguments.js';

/**
 * Whether console text is coloured: `--color always|never` decide; `auto`
 * colours a terminal unless NO_COLOR is set (no-color.org), and FORCE_COLOR
 * (any value but 0 or false) colours even when not a terminal — as Node and
 * the supports-color package read them.
 */
export function useColor(setting: ColorSetting, env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (setting !== 'auto') return setting === 'always';
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return !['0', 'false'].includes(force.trim().toLowerCase());
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  return isTTY && env['TERM'] !== 'dumb';
}
