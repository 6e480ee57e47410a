import type { Resource, TemplateFormat } from '../../../model/resource.js';
import { cloudFormationRds } from './cloudformation.js';
import type { RdsDatabase, RdsFormat } from './database.js';
import { readDatabases } from './read.js';
import { terraformRds } from './terraform.js';

export type { EngineCandidate, RdsDatabase } from './database.js';

/** One adapter per format: a new format is one more file and one more line here. */
const FORMATS: Record<TemplateFormat, RdsFormat> = {
  cloudformation: cloudFormationRds,
  terraform: terraformRds,
};

/** The resource types that map to an RdsDatabase, in every format. */
export const RDS_DATABASE_TYPES: string[] = Object.values(FORMATS).flatMap((f) => Object.keys(f.kinds));

/** The neutral views of `resource`: none for other types, one per branch of a conditional body, else one. */
export function rdsDatabases(resource: Resource): RdsDatabase[] {
  return readDatabases(resource, FORMATS[resource.format]);
}
