/**
 * The catalog of registry modules iac-lint knows without a download (SPEC §1
 * "Modules", 3.): descriptions, written by us, of what each module creates
 * from its inputs, per major version. A description is ordinary HCL that the
 * normal module machinery reads and evaluates, in a virtual directory
 * (`<iac-lint catalog>/namespace/name/provider/v6[/subdir]`) that no file
 * system holds: the descriptions are part of the bundle.
 */
import { cloudposseRds, cloudposseRdsCluster } from './cloudposse-rds.js';
import { terraformAwsRdsAurora } from './terraform-aws-rds-aurora.js';
import { terraformAwsRds } from './terraform-aws-rds.js';
import type { ModuleDescription } from './types.js';
import { chooseMajor } from './version.js';

const CATALOG_ROOT = '<iac-lint catalog>';

const MODULES: ModuleDescription[] = [terraformAwsRds, terraformAwsRdsAurora, cloudposseRds, cloudposseRdsCluster];
const BY_SOURCE = new Map(MODULES.map((m) => [m.source, m]));

export interface CatalogChoice {
  source: string;
  /** The directory inside the module (`modules/db_instance`), '' for the module itself. */
  subdir: string;
  major: number;
  /** Set when the constraint's major version is not described and a neighbour is used instead. */
  note?: string;
}

/** The registry address of a source (`registry.terraform.io/` dropped, `//subdir` split off), lower-case. */
export function registryAddress(source: string): { address: string; subdir: string } | undefined {
  const m = /^(?:registry\.terraform\.io\/|registry\.opentofu\.org\/)?([A-Za-z0-9][\w-]*\/[A-Za-z0-9][\w-]*\/[A-Za-z0-9][\w-]*)(?:\/\/([^?]*))?$/.exec(source.trim());
  if (!m) return undefined;
  return { address: m[1]!.toLowerCase(), subdir: (m[2] ?? '').replace(/^\/+|\/+$/g, '') };
}

/** The catalog entry for a call's `source` and `version`, when the catalog describes that module. */
export function catalogModule(source: string, version: string | undefined): CatalogChoice | undefined {
  const registry = registryAddress(source);
  if (!registry) return undefined;
  const module = BY_SOURCE.get(registry.address);
  if (!module) return undefined;
  const chosen = chooseMajor(version, module.majors);
  if (registry.subdir !== '' && !(registry.subdir in module.files(chosen.major))) return undefined;
  const choice: CatalogChoice = { source: module.source, subdir: registry.subdir, major: chosen.major };
  if (chosen.note) choice.note = `module ${module.source}: ${chosen.note}`;
  return choice;
}

export function catalogDirectory(choice: CatalogChoice): string {
  return `${CATALOG_ROOT}/${choice.source}/v${choice.major}${choice.subdir ? `/${choice.subdir}` : ''}`;
}

export function isCatalogDirectory(dir: string): boolean {
  return dir === CATALOG_ROOT || dir.startsWith(`${CATALOG_ROOT}/`);
}

/** The files of a catalog directory, or undefined when the catalog has no such directory. */
export function catalogFiles(dir: string): Array<{ path: string; text: string }> | undefined {
  const m = /^<iac-lint catalog>\/([^/]+\/[^/]+\/[^/]+)\/v(\d+)(?:\/(.+))?$/.exec(dir);
  const module = m ? BY_SOURCE.get(m[1]!) : undefined;
  if (!m || !module || !module.majors.includes(Number(m[2]))) return undefined;
  const files = module.files(Number(m[2]))[m[3] ?? ''];
  return files ? Object.entries(files).map(([name, text]) => ({ path: `${dir}/${name}`, text })) : undefined;
}

/** Every directory of every described version (for tests). */
export function catalogDirectories(): string[] {
  return MODULES.flatMap((m) =>
    m.majors.flatMap((major) => Object.keys(m.files(major)).map((subdir) => catalogDirectory({ source: m.source, subdir, major }))),
  );
}
