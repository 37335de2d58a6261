// A static server for bench/lighthouse.sh that answers as GitHub Pages does: gzip for text when
// the browser accepts it, and `Cache-Control: max-age=600`. Python's http.server does neither, and
// Lighthouse then scores the test server (uses-text-compression, and unused-javascript counted on
// uncompressed bytes) rather than the site. Loopback only; stops with its parent's kill.
//   node bench/pages-server.js DIR PORT
'use strict';
const http = require('http'), fs = require('fs'), path = require('path'), zlib = require('zlib');
const [root, port] = [path.resolve(process.argv[2]), Number(process.argv[3])];
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8', '.png': 'image/png' };
http.createServer((req, res) => {
  let file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  fs.readFile(file, (err, body) => {
    if (err) { res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found'); return; }
    const type = types[path.extname(file)] || 'application/octet-stream';
    const headers = { 'Content-Type': type, 'Cache-Control': 'max-age=600' };
    if (/text|json|xml|svg|javascript/.test(type) && /gzip/.test(req.headers['accept-encoding'] || '')) {
      body = zlib.gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
    }
    res.writeHead(200, headers).end(body);
  });
}).listen(port, '127.0.0.1');
