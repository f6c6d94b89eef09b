/** Page furniture that is not body text: comment counters, subheads, wire credits, HTML, control characters. */
import { describe, expect, it } from 'vitest';
import { segment } from '../../../src/extract/index.js';
// cleanText is not exported from src/extract/index.ts yet
import { cleanText } from '../../../src/extract/index.js';

describe('segment: furniture', () => {
  it('strips comments counters, update lines and AFP subheads', () => {
    const s = segment(
      'First paragraph is long enough to be body text.\n- Families unhappy? -\nSecond paragraph.\n0 Comments',
    );
    expect(s.paragraphs).toEqual(['First paragraph is long enough to be body text.', 'Second paragraph.']);
  });
  it('splits on single and blank lines alike', () => {
    const s = segment('One sentence here.\n\n\nTwo sentence here.\nThree sentence here.');
    expect(s.paragraphs).toEqual(['One sentence here.', 'Two sentence here.', 'Three sentence here.']);
  });
  it('turns HTML into paragraphs and decodes entities', () => {
    const s = segment(
      '<html><body><p>First &amp; foremost.</p><p>He said &ldquo;hello there&rdquo;.</p></body></html>',
    );
    expect(s.paragraphs).toEqual(['First & foremost.', 'He said “hello there”.']);
  });
  it('removes control characters and normalises spaces', () => {
    expect(cleanText('a\u0000b\u00a0c\r\nd\u200b')).toBe('ab c\nd');
  });
});

describe('segment: wire credits', () => {
  it('drops "(Reporting by …; Editing by …)"', () => {
    const s = segment('Body sentence one here.\n(Reporting by Leika Kihara; Editing by Sam Holmes)');
    expect(s.paragraphs).toEqual(['Body sentence one here.']);
  });
});
