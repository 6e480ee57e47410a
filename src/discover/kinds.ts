/** What a discovered file is, by its name. */
export type FileKind = 'cloudformation' | 'terraform' | 'tfvars';

const TERRAFORM = ['.tf', '.tf.json'];
const TFVARS = ['.tfvars', '.tfvars.json'];
const CLOUDFORMATION = ['.yaml', '.yml', '.json', '.template'];

/** Every extension iac-lint reads (for the directory walk). */
export const EXTENSIONS = ['yaml', 'yml', 'json', 'template', 'tf', 'tfvars'];

/** The kind of a file by its name, or undefined when iac-lint does not read it. */
export function kindOf(path: string): FileKind | undefined {
  const name = path.toLowerCase();
  if (TERRAFORM.some((ext) => name.endsWith(ext))) return 'terraform';
  if (TFVARS.some((ext) => name.endsWith(ext))) return 'tfvars';
  if (CLOUDFORMATION.some((ext) => name.endsWith(ext))) return 'cloudformation';
  return undefined;
}
