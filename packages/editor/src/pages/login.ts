/** The login page: email and password, errors said plainly. */
import type { ApiClient, User } from '../api/client.js';
import { h } from '../app/dom.js';
import { Notices } from '../app/notice.js';
import type { Page } from '../app/page.js';

/** The login page; `onLogin` runs with the user once the server accepts. */
export function loginPage(api: ApiClient, onLogin: (user: User) => void): Page {
  const notices = new Notices();
  const email = h('input', {
    attrs: {
      id: 'login-email',
      type: 'email',
      name: 'email',
      autocomplete: 'username',
      required: true,
    },
    dataset: { autofocus: '' },
  });
  const password = h('input', {
    attrs: {
      id: 'login-password',
      type: 'password',
      name: 'password',
      autocomplete: 'current-password',
      required: true,
    },
  });
  const submit = h(
    'button',
    { class: 'button button-primary', attrs: { type: 'submit' } },
    'Log in',
  );
  const form = h(
    'form',
    {
      class: 'login-form',
      attrs: { 'aria-labelledby': 'login-title', novalidate: true },
      on: {
        submit: (event) => {
          event.preventDefault();
          if (!email.value.trim() || !password.value) {
            notices.show('error', 'Enter your email address and password.');
            (email.value.trim() ? password : email).focus();
            return;
          }
          submit.disabled = true;
          notices.show('info', 'Logging in…');
          api
            .login(email.value.trim(), password.value)
            .then(onLogin)
            .catch((error: unknown) => {
              notices.error(error);
              password.select();
            })
            .finally(() => {
              submit.disabled = false;
            });
        },
      },
    },
    h(
      'div',
      { class: 'field' },
      h('label', { attrs: { for: 'login-email' } }, 'Email address'),
      email,
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { attrs: { for: 'login-password' } }, 'Password'),
      password,
    ),
    submit,
  );
  const element = h(
    'div',
    { class: 'login' },
    h(
      'section',
      { class: 'login-card' },
      h('h1', { attrs: { id: 'login-title' } }, 'Probity'),
      h(
        'p',
        { class: 'lede' },
        'Member/officer report clearance: every change a member asks for, checked against the council’s protocol.',
      ),
      notices.element,
      form,
    ),
  );
  return { title: 'Log in', element };
}
