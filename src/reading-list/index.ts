/** The reading list's pure logic: item model, search, filters, export and import. */
export * from './model';
export * from './search';
export * from './filter';
export * from './export';
export * from './import';
