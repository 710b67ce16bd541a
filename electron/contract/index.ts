export * from './app';
export * from './api';
export * from './channels';
export * from './errors';
export * from './names';
export * from './settings';
export * from './tray';
export * from './schema-tools';
