// The comparison server for bench_feedserver: the npm `ws` package pushing the same JSON feed
// messages as feedpulse-server's as-fast-as-possible feed (seq, ts, feed, price, padded to SIZE bytes),
// to every client, keeping at most HIGH_WATER bytes buffered per client, like feedpulse-server does.
// Prints "listening on 127.0.0.1:PORT" once ready.
'use strict';
const { WebSocketServer } = require('ws');

const size = Number(process.env.SIZE || 64);
const highWater = Number(process.env.HIGH_WATER || 256 * 1024);
// Corked by default: ws writes every message with its own socket write, about 140,000 a second
// here; corking each batch lets node coalesce them, as Qt's socket buffer does for feedpulse-server.
// This makes the comparison against ws at its fastest. CORK=0 shows the plain ws figure.
const cork = process.env.CORK !== '0';
const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });

function message(seq, price) {
  let text = `{"seq":${seq},"ts":${Date.now()},"feed":"bench","price":${price.toFixed(2)}`;
  if (text.length + 10 <= size) text += `,"pad":"${'x'.repeat(size - text.length - 10)}"`;
  return text + '}';
}

wss.on('connection', (ws) => {
  let seq = 0;
  let price = 100;
  // At most a thousand messages per turn of the event loop, so that other clients get theirs.
  const pump = () => {
    if (cork) ws._socket.cork();
    for (let i = 0; i < 1000 && ws.readyState === ws.OPEN && ws.bufferedAmount < highWater; ++i) {
      price = Math.max(0.01, price + (Math.random() - 0.5) * 0.2);
      ws.send(message(++seq, price));
    }
    if (cork) ws._socket.uncork();
    if (ws.readyState === ws.OPEN) setImmediate(pump);
  };
  pump();
});

wss.on('listening', () => {
  process.stdout.write(`listening on 127.0.0.1:${wss.address().port}\n`);
});
