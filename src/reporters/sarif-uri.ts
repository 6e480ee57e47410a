import { pathToFileURL } from 'node:url';

/** A '/'-separated relative path as a relative URI reference: each segment percent-encoded (spaces, non-ASCII, '%', '#', ':'...). */
export function relativeUri(path: string): string {
  return path
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** The file URL of a directory, ending in '/' as SARIF requires for a base URI. */
export function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}
