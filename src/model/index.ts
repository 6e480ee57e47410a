export * from './range.js';
export * from './node.js';
export * from './diagnostic.js';
export * from './resource.js';
export * from './value.js';
