/** Entry point of `npm start`: starts Probity and stops it cleanly on SIGINT or SIGTERM. */
import { startServer } from './app.js';

const port = Number(process.env['PORT'] ?? 3000);
const server = await startServer({ port, host: process.env['HOST'] ?? '127.0.0.1' });
console.log(`Probity is running at ${server.url}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
