/** @probity/server: the HTTP API of Probity. */
export { startServer, type RunningServer } from './app.js';
