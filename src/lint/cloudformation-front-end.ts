/**
 * What reading and preparing CloudFormation templates needs (the YAML and
 * JSON readers, yaml, the template and nested-stack code), as one module
 * that the run imports with its first CloudFormation file: one import()
 * target keeps it all in one chunk of the bundle, and a run over Terraform
 * alone never loads it. Parameter files (--parameters) are read through it
 * too, and nothing else imports its modules (--shard has its own quick look
 * for nested stacks): a module reached by two import() targets would go to
 * a chunk of its own (a CloudFormation run loaded three chunks of it, 4
 * files of dist/ now instead of 6; 636.3 M -> 633.0 M instructions).
 */
export { parseCloudFormation } from '../parsers/cloudformation/index.js';
export { parseParameterFile } from '../parsers/cloudformation/parameter-file.js';
export { createdResources, prepareTemplates, withConstructPaths } from './cloudformation-templates.js';
