import { afterEach, describe, expect, it, vi } from 'vitest';
import { WordApi } from './word_api.js';
import { describeTag, wordImportPanel } from './word_import_panel.js';

const imported = {
  title: 'Libraries',
  body: { type: 'doc', content: [] },
  suggestions: [
    {
      blockId: 'paragraph-2',
      section: 'reasons',
      text: 'In my professional opinion Option 2 is best.',
      tag: { type: 'opinion', officer: 'author' },
      cue: 'In my professional opinion',
      reason: 'Reads as protected because it gives the author’s own professional opinion.',
    },
    {
      blockId: 'paragraph-5',
      section: 'legal',
      text: 'Option 3 would be unlawful.',
      tag: { type: 'statement', kind: 'legality', officer: 'monitoring_officer' },
      cue: 'unlawful',
      reason: 'Reads as protected because it is legal advice.',
    },
  ],
  dropped: [{ kind: 'image', where: 'section “Background”', detail: 'an image: “Map”' }],
};

function server() {
  const calls: { url: string; init?: RequestInit }[] = [];
  const fetchImpl = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: String(url), ...(init ? { init } : {}) });
    const path = String(url);
    const json = (value: unknown) => new Response(JSON.stringify(value), { status: 200 });
    if (path === '/api/session') return json({ csrfToken: 'token-1' });
    if (path === '/api/reports/import') return json(imported);
    if (path === '/api/reports/import/tags')
      return json({ body: { type: 'doc', content: ['tagged'] } });
    return new Response('{}', { status: 404 });
  });
  return { calls, api: new WordApi('', fetchImpl as typeof fetch) };
}

describe('wordImportPanel', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('reads the chosen .docx, lists the tags to confirm and what was dropped, and hands over the tagged body', async () => {
    const { calls, api } = server();
    const onReady = vi.fn();
    const panel = wordImportPanel({ api, onReady });
    document.body.append(panel);
    const input = panel.querySelector<HTMLInputElement>('#word-file')!;
    Object.defineProperty(input, 'files', { value: [new File(['zip'], 'report.docx')] });
    panel.querySelector<HTMLButtonElement>('#word-read')!.click();

    await vi.waitFor(() => expect(panel.querySelectorAll('.word-tag')).toHaveLength(2));
    expect(panel.querySelector('legend')?.textContent).toBe('Tags to confirm (2)');
    expect(panel.querySelector('label[for=word-tag-1] strong')?.textContent).toBe(
      'Statement on legality by the Monitoring Officer',
    );
    expect(panel.querySelector('.word-dropped li')?.textContent).toBe(
      'section “Background”: an image: “Map”',
    );
    const upload = calls.find((call) => call.url === '/api/reports/import')!;
    expect(upload.init?.headers).toMatchObject({ 'x-csrf-token': 'token-1' });

    panel.querySelector<HTMLInputElement>('#word-tag-1')!.checked = false;
    panel.querySelector<HTMLButtonElement>('#word-use')!.click();
    await vi.waitFor(() => expect(onReady).toHaveBeenCalled());
    const tags = calls.find((call) => call.url === '/api/reports/import/tags')!;
    expect(JSON.parse(String(tags.init?.body)).confirmations).toEqual([
      { blockId: 'paragraph-2', tag: { type: 'opinion', officer: 'author' } },
    ]);
    expect(onReady).toHaveBeenCalledWith({
      title: 'Libraries',
      body: { type: 'doc', content: ['tagged'] },
    });
  });

  it('asks for a file before reading, and shows the server’s refusal as text', async () => {
    const fetchImpl = vi.fn(async (url: string | URL | Request) =>
      String(url) === '/api/session'
        ? new Response(JSON.stringify({ csrfToken: 't' }), { status: 200 })
        : new Response(
            JSON.stringify({
              error: { code: 'not_docx', message: 'the file is not a Word document <b>' },
            }),
            {
              status: 400,
            },
          ),
    );
    const panel = wordImportPanel({
      api: new WordApi('', fetchImpl as typeof fetch),
      onReady: vi.fn(),
    });
    document.body.append(panel);
    panel.querySelector<HTMLButtonElement>('#word-read')!.click();
    expect(panel.textContent).toContain('Choose a Word document (.docx) first.');
    expect(fetchImpl).not.toHaveBeenCalled();

    Object.defineProperty(panel.querySelector('#word-file')!, 'files', {
      value: [new File(['x'], 'x.docx')],
    });
    panel.querySelector<HTMLButtonElement>('#word-read')!.click();
    await vi.waitFor(() =>
      expect(panel.textContent).toContain('the file is not a Word document <b>'),
    );
    expect(panel.querySelector('b')).toBeNull();
  });
});

describe('describeTag', () => {
  it('names consultation sources when known', () => {
    expect(describeTag({ type: 'consultation', source: 'Millfield Parish Council' })).toBe(
      'Consultation response from Millfield Parish Council',
    );
    expect(describeTag({ type: 'consultation', source: '' })).toBe('Consultation response');
  });
});
