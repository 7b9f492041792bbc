export * from './validate-framework';
