export * from './case-types';
export * from './uuid';
export * from './identifiers';
export * from './case-export';
export * from './case-import';
