import { describe, expect, it } from 'vitest';
import { answerText } from '../../../electron/core/journal/answer-text';

describe('tool answers as words (search and Markdown export)', () => {
  it('writes every answer shape readably, never as [object Object]', () => {
    expect(answerText(4)).toBe('4');
    expect(answerText('Ring Kari')).toBe('Ring Kari');
    expect(answerText(true)).toBe('✓');
    expect(answerText(['walk', 'water'])).toBe('walk, water');
    expect(answerText({ chosen: ['walk'], custom: 'Sykle til jobb' })).toBe('walk, Sykle til jobb');
  });
});
