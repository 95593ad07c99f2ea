export * from './accounts';
export * from './applications';
