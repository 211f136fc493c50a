import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { builders, schema } from '@probity/rules';
import { h } from '../app/dom.js';
import { setLink } from './commands.js';
import { cleanPastedHTML } from './paste.js';
import { createEditor } from './create_editor.js';

const { doc, section, p } = builders;

// jsdom has no ClipboardEvent; ProseMirror's pasteHTML only needs the event to exist.
(globalThis as { ClipboardEvent?: unknown }).ClipboardEvent ??= class extends Event {
  readonly clipboardData = null;
};

function selectAll(state: EditorState): EditorState {
  return state.apply(
    state.tr.setSelection(
      TextSelection.create(
        state.doc,
        3 + state.doc.child(0).child(0).nodeSize,
        state.doc.child(0).content.size,
      ),
    ),
  );
}

describe('safe link handling', () => {
  it('refuses javascript:, data: and relative links on the link command', () => {
    let state = selectAll(EditorState.create({ doc: doc(section('background', p('Read this.'))) }));
    for (const href of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'data:text/html,<b>x</b>',
      'vbscript:x',
      '/relative',
    ]) {
      expect(setLink(href)(state, () => undefined)).toBe(false);
    }
    expect(setLink('https://example.org/report')(state, (tr) => (state = state.apply(tr)))).toBe(
      true,
    );
    let href: unknown;
    state.doc.descendants((n) => {
      const link = n.marks.find((m) => m.type.name === 'link');
      if (link) href = link.attrs['href'];
    });
    expect(href).toBe('https://example.org/report');
  });

  it('drops unsafe links and scripts from pasted HTML but keeps the text', () => {
    const mount = document.createElement('div');
    const view = createEditor(mount, {
      doc: doc(section('background', p({ id: 'p1' }, 'Start'))),
      label: 'Report body',
    });
    view.dispatch(view.state.tr.setSelection(TextSelection.atEnd(view.state.doc)));
    view.pasteHTML(
      '<p>Click <a href="javascript:alert(1)">here</a> or <a href="https://ok.example/">there</a><script>window.pwned = 1</script><img src=x onerror="window.pwned=1"></p>',
    );
    const links: string[] = [];
    view.state.doc.descendants((n) => {
      for (const m of n.marks)
        if (m.type === schema.marks['link']) links.push(String(m.attrs['href']));
    });
    expect(links).toEqual(['https://ok.example/']);
    expect(view.state.doc.textContent).toContain('Click here or there');
    expect(mount.querySelector('script, img')).toBeNull();
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
    view.destroy();
  });

  it('turns Word list paragraphs into a real list', () => {
    const html = cleanPastedHTML(
      '<!--[if gte mso 9]><xml>junk</xml><![endif]--><p class=MsoListParagraphCxSpFirst><span style="mso-list:Ignore">1.</span>First</p>' +
        '<p class=MsoListParagraphCxSpLast><span style="mso-list:Ignore">2.</span>Second<o:p></o:p></p><p class=MsoNormal>After</p>',
    );
    const container = document.createElement('div');
    container.append(new DOMParser().parseFromString(html, 'text/html').body);
    expect(Array.from(container.querySelectorAll('ol > li')).map((li) => li.textContent)).toEqual([
      'First',
      'Second',
    ]);
    expect(html).not.toContain('junk');
  });

  it('never renders an unsafe href from app data', () => {
    const bad = h('a', { attrs: { href: 'javascript:alert(1)' } }, 'x');
    expect(bad.hasAttribute('href')).toBe(false);
    const good = h('a', { attrs: { href: '/reports/1' } }, 'x');
    expect(good.getAttribute('href')).toBe('/reports/1');
    expect(h('p', {}, '<b>bold</b>').innerHTML).toBe('&lt;b&gt;bold&lt;/b&gt;');
    expect(() => h('div', { attrs: { onclick: 'x()' } })).toThrow(/not allowed/);
  });
});
