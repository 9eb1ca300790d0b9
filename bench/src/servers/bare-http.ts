import { createServer } from 'node:http';

/** B_http: the least a Node HTTP server can do — answer a small JSON body. */
const body = JSON.stringify({ id: '00000000-0000-7000-8000-000000000000', status: 'NEW' });
createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
}).listen(Number(process.env.PORT), '127.0.0.1');
