import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { readDocxParts } from '../../src/word/docx_parts.js';
import { buildDocx, wPara } from './build_docx.js';

describe('readDocxParts', () => {
  it('reads the document part of a .docx', async () => {
    const parts = readDocxParts(await buildDocx([wPara('Hello.')]));
    expect(parts.document.documentElement.localName).toBe('document');
  });

  it('stops inflating a zip bomb at the limit, whatever its directory claims', () => {
    // 50 MB of zeros deflates to about 50 kB.
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(50_000_000) }, { level: 9 });
    expect(bomb.length).toBeLessThan(200_000);
    expect(() =>
      readDocxParts(bomb, { maxPartBytes: 10_000_000, maxTotalBytes: 20_000_000 }),
    ).toThrow(expect.objectContaining({ code: 'too_large' }));
  });

  it('refuses a zip without a Word document in it, and bytes that are no zip', () => {
    const zip = zipSync({ 'hello.txt': new TextEncoder().encode('hi') });
    expect(() => readDocxParts(zip)).toThrow(expect.objectContaining({ code: 'not_docx' }));
    expect(() => readDocxParts(new TextEncoder().encode('PK not really'))).toThrow(
      expect.objectContaining({ code: 'not_docx' }),
    );
  });

  it('refuses a part that is not well-formed XML, naming it', () => {
    const zip = zipSync({
      'word/document.xml': new TextEncoder().encode('<w:document><unclosed>'),
    });
    expect(() => readDocxParts(zip)).toThrow(/word\/document.xml is not well-formed XML/);
  });
});
