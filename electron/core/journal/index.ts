export { RecordCodec, keyIdOf, type LogRecord } from './codec';
export { DEFAULT_EXPORT_LABELS, EXPORT_MARKER, csvField, type ExportLabels } from './export';
export { nestingDepth, readImport } from './import-file';
export {
  JOURNAL_FILE_NAME,
  JournalService,
  NOTICES_KEY,
  type JournalServiceOptions,
} from './journal-service';
export { ENCRYPTION_CHOICE_KEY, Keyring } from './keyring';
export { MIGRATION_STEPS, migrateEntry } from './migrations';
export { fold } from './search';
export {
  DATA_KEY_BYTES,
  FileKeyProvider,
  KeyUnusableError,
  type SecretKeyProvider,
} from './secret-key';
export { weeklyTrends } from './trends';
