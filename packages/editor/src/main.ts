/** Entry point of the web app. */
import { SECTION_KINDS } from '@probity/rules';

const app = document.querySelector<HTMLElement>('#app');
if (app) {
  const heading = document.createElement('h1');
  heading.textContent = 'Probity';
  const note = document.createElement('p');
  note.textContent = `The editor is being built. It will know ${SECTION_KINDS.length} kinds of report section.`;
  app.replaceChildren(heading, note);
}
