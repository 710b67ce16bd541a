/**
 * A tool answer as words, for search: the same rule the readable results use for answers Pust
 * cannot name (content/tools/result.ts), so search and what a person reads agree.
 */
export { answerText } from '../../../content/tools/result';
