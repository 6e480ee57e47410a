/**
 * Work counts (SPEC §7 "Cost is linear in the input"). Where the linter's
 * work grows with its input, the loop adds to one of these counts: the nodes
 * and expressions the resolvers evaluate, the collection elements they copy,
 * compare or index, the comments and characters the suppression scan looks
 * at. Tests bound the counts by the size of the input — a count does not
 * depend on how busy the machine is, a wall-clock time does (speed is what
 * `npm run bench` measures). Counting is one addition in a loop that does
 * more; nothing reads the counts while linting. Per thread (each worker
 * counts its own).
 */
export interface WorkCounts {
  /** Values, conditions and expressions the resolvers evaluated (CloudFormation and Terraform), each attempt counted. */
  resolveSteps: number;
  /** Collection elements handled: mapping entries and resources indexed or visited, list elements copied into combinations, values compared. */
  collectionItems: number;
  /** Comments and characters the suppression scan looked at. */
  suppressionScan: number;
}

export const work: WorkCounts = { resolveSteps: 0, collectionItems: 0, suppressionScan: 0 };
