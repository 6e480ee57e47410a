/**
 * What reading and preparing CloudFormation templates needs (the YAML and
 * JSON readers, yaml, the template and nested-stack code), as one module
 * that the run imports with its first CloudFormation file: one import()
 * target keeps it all in one chunk of the bundle, and a run over Terraform
 * alone never loads it.
 */
export { parseCloudFormation } from '../parsers/cloudformation/index.js';
export { createdResources, prepareTemplates, withConstructPaths } from './cloudformation-templates.js';
