export * from './accounts';
export * from './applications';
export * from './content';
export * from './money';
export * from './sending';
export * from './stats';
export * from './clients';
export * from './api';
