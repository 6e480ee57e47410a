import type { MapEntry, Node, Scalar } from './node.js';
import { quote } from './quote.js';
import type { Resource } from './resource.js';
import { asBoolean } from './value.js';

/**
 * A setting of a neutral subject (an adapter's output, Trivy's way): the key
 * as the source format names it, where it is written, and every value it may
 * take, each saying how it came about.
 *
 * - `explicit`: written in the configuration (directly, or through a
 *   parameter, variable, local, tfvars…; `provenance` says which);
 * - `default`: not written; the value the service or provider uses then;
 * - `absent`: not written (or null), and no default applies;
 * - `unknown`: cannot be decided statically; neither true nor false.
 */
export type SettingValue =
  | { source: 'explicit' | 'default'; value: Exclude<Scalar, null>; provenance: string[]; node?: Node }
  | { source: 'absent'; provenance: string[]; node?: Node }
  | { source: 'unknown'; reason: string; provenance: string[]; node?: Node };

export interface Setting {
  /** The resource that holds (or would hold) the setting: a fix edits it, a finding names it. */
  resource: Resource;
  /** The key in the source format: `EnableIAMDatabaseAuthentication`, `iam_database_authentication_enabled`. */
  key: string;
  /** The key as written, with its range and value node; absent when the resource does not write it. */
  entry?: MapEntry;
  values: SettingValue[];
}

/** What a boolean setting that should be on resolves to. `value` is the first possible value that makes it bad. */
type Enablement =
  | { state: 'enabled' }
  | { state: 'false' | 'mayBeFalse' | 'notSet' | 'mayBeUnset'; value: SettingValue }
  | { state: 'unknown'; reason: string };

/**
 * A boolean setting that should be true (SPEC §1's verdict): true in every
 * case → enabled; false or absent in some case → a finding (`may…` when
 * other cases are true or unknown); otherwise unknown. `"true"`/`"false"`
 * strings are booleans, in any case. No possible value at all is unknown.
 */
export function enablement(setting: Setting): Enablement {
  if (setting.values.length === 0) return { state: 'unknown', reason: 'no possible value' };
  let sawTrue = false;
  let unknownReason: string | undefined;
  let firstFalse: SettingValue | undefined;
  let firstAbsent: SettingValue | undefined;
  for (const v of setting.values) {
    if (v.source === 'absent') firstAbsent ??= v;
    else if (v.source === 'unknown') unknownReason ??= v.reason;
    else {
      const b = asBoolean(v.value);
      if (b === true) sawTrue = true;
      else if (b === false) firstFalse ??= v;
      else unknownReason ??= `${quote(v.value)} is not a boolean`;
    }
  }
  const onlyBad = !sawTrue && unknownReason === undefined;
  if (firstFalse) return { state: onlyBad && !firstAbsent ? 'false' : 'mayBeFalse', value: firstFalse };
  if (firstAbsent) return { state: onlyBad ? 'notSet' : 'mayBeUnset', value: firstAbsent };
  if (unknownReason !== undefined) return { state: 'unknown', reason: unknownReason };
  return { state: 'enabled' };
}
