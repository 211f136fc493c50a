/**
 * The benchmark's yardstick: a bare express app that parses the same JSON body and spends a given
 * number of milliseconds of CPU per request (the figure Probity's server was measured to need),
 * then answers 201. Comparing the two separates what the server's design costs from what this
 * machine does to any single-threaded Node server at that load. Run by proposals.bench.ts.
 */
import type { AddressInfo } from 'node:net';
import express from 'express';

const busyMs = Number(process.argv[2] ?? 10);
const app = express();
app.use(express.json({ limit: '6mb' }));
app.post('/proposals', (req, res) => {
  const until = performance.now() + busyMs;
  while (performance.now() < until) {
    // Stand-in for parsing, classifying and storing a proposal.
  }
  res.status(201).json({ received: JSON.stringify(req.body).length });
});
const server = app.listen(0, '127.0.0.1', () => {
  process.send?.((server.address() as AddressInfo).port);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
