/** A registry module the catalog describes: per major version, its directories ('' = the module itself) and their files. */
export interface ModuleDescription {
  /** The registry address: `namespace/name/provider`. */
  source: string;
  /** The major versions described, ascending. */
  majors: number[];
  files: (major: number) => Record<string, Record<string, string>>;
}
