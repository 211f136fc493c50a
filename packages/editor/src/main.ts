/** Entry point of the web app. */
import './styles.css';
import { startApp } from './app/start.js';

const root = document.querySelector<HTMLElement>('#app');
if (root) void startApp(root);
