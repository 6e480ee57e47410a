/**
 * A `node --import` module that appends the URL of each file of dist/ the
 * ES module loader loads to the file named by IAC_LINT_LOADED_LIST (a file
 * the classic script of bin/iac-lint.js runs is not an ES module: it is
 * never listed).
 */
export const DIST_LOAD_HOOK = `data:text/javascript,${encodeURIComponent(`
import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(`
import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.includes('/dist/')) appendFileSync(process.env.IAC_LINT_LOADED_LIST, url + '\\n');
  return next(url, context);
}`)}));`)}`;
