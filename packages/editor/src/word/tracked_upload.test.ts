import { describe, expect, it, vi } from 'vitest';
import { WordApi } from './word_api.js';
import { trackedUpload } from './tracked_upload.js';
import { proposalDownload, versionDownloads } from './word_downloads.js';

describe('trackedUpload', () => {
  it('sends the marked-up .docx against its version and reports edits made with Track Changes off', async () => {
    const calls: string[] = [];
    const fetchImpl = vi.fn(async (url: string | URL | Request, init?: RequestInit) => {
      calls.push(`${init?.method ?? 'GET'} ${String(url)}`);
      if (String(url) === '/api/session') return new Response(JSON.stringify({ csrfToken: 't' }));
      return new Response(JSON.stringify({ id: 'p1', word: { untracked: ['b'] } }), {
        status: 201,
      });
    });
    const onProposal = vi.fn();
    const form = trackedUpload({
      api: new WordApi('', fetchImpl as typeof fetch),
      reportId: 'r 1',
      baseVersionId: 'v1',
      onProposal,
    });
    document.body.append(form);
    Object.defineProperty(form.querySelector('#word-tracked-file')!, 'files', {
      value: [new File(['x'], 'marked.docx')],
    });
    form.querySelector<HTMLButtonElement>('#word-tracked-send')!.click();
    await vi.waitFor(() => expect(onProposal).toHaveBeenCalledWith('p1'));
    expect(calls).toContain('POST /api/reports/r%201/proposals/docx?baseVersionId=v1');
    expect(form.textContent).toContain('1 paragraph was changed with Track Changes off');
  });
});

describe('downloads', () => {
  it('link to the version as Word (for marking up when asked) and PDF, and to a proposal', () => {
    const plain = versionDownloads('r1', 'v2');
    expect(Array.from(plain.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual([
      '/api/reports/r1/versions/v2/docx',
      '/api/reports/r1/versions/v2/pdf',
    ]);
    expect(
      versionDownloads('r1', 'v2', { forMarkingUp: true }).querySelector('a')?.getAttribute('href'),
    ).toBe('/api/reports/r1/versions/v2/docx?trackChanges=true');
    expect(proposalDownload('p1').getAttribute('href')).toBe('/api/proposals/p1/docx');
  });
});
