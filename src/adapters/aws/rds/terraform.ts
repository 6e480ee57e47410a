import type { RdsFormat } from './database.js';

/** aws_db_instance and aws_rds_cluster (never aws_rds_cluster_instance: SPEC §1). */
export const terraformRds: RdsFormat = {
  kinds: { aws_db_instance: 'instance', aws_rds_cluster: 'cluster' },
  keys: {
    iamAuthentication: 'iam_database_authentication_enabled',
    deletionProtection: 'deletion_protection',
    engine: 'engine',
    engineVersion: 'engine_version',
    clusterId: 'cluster_identifier',
    replicaSource: 'replicate_source_db',
    snapshot: 'snapshot_identifier',
  },
  // The AWS provider's default engine of aws_rds_cluster.
  defaultEngine: { cluster: 'aurora' },
  container: 'module',
};
