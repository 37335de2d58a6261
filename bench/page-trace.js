// Main-thread tasks of a page as Lighthouse's mobile setting sees them, for one or more built sites
// served side by side, so that a before/after comparison is taken in the same run on the same
// (shared, noisy) machine. Reports CPU time (the trace's tdur), not wall time. Lighthouse's default
// mobile run does not slow the CPU while loading: it loads at full speed and multiplies each task's
// time by 4 in its simulation. So does this script: "blocking" is the sum over main-thread tasks of
// (4 x CPU time - 50 ms) where positive, Lighthouse's total blocking time before its network model.
// Uses the puppeteer-core that bench/lighthouse.sh installs into target/lighthouse-tool.
//   node bench/page-trace.js PAGE RUNS DIR...         e.g. 'search.html?q=Saraqib' 5 /tmp/before site
// Prints per site the medians over RUNS of: the main thread's total task CPU time, the blocking
// time, the longest task (and the longest that runs script, and the CPU of all that do), and the long tasks (4 x CPU over 50 ms) of the median run with what they
// spent their CPU time on (unmultiplied), and how many results the page shows (a check that it worked).
'use strict';
const path = require('path');
const puppeteer = require(path.resolve(__dirname, '../target/lighthouse-tool/node_modules/puppeteer-core'));
const { spawn } = require('child_process');

const [page, runsArg, ...dirs] = process.argv.slice(2);
const runs = Number(runsArg) || 3;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'toplevel', 'blink.user_timing'];

function median(xs) { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; }
const ms = us => Math.round(us / 100) / 10;
const SLOWDOWN = 4, LONG = 50000;

/* The page's main thread's tasks, each with its CPU time and its largest kinds of work. The page's
   renderer is the one that parsed its HTML (a tab may have others, e.g. for about:blank). */
function tasks(events, url) {
  const parse = events.find(e => e.name === 'ParseHTML' && e.args.beginData && e.args.beginData.url === url);
  const onMain = events.filter(e => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
  const top = onMain.filter(e => e.name === 'RunTask' && e.tdur !== undefined).sort((a, b) => a.ts - b.ts);
  return top.map(t => {
    const inside = onMain.filter(e => e !== t && e.ts >= t.ts && e.ts + (e.dur || 0) <= t.ts + t.dur && e.tdur !== undefined);
    const parts = new Map();
    for (const e of inside) {
      if (!/^(FunctionCall|EvaluateScript|v8.compile|UpdateLayoutTree|Layout|Paint|PrePaint|ParseHTML|ParseAuthorStyleSheet|MajorGC|MinorGC|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|v8.run|V8.GC_SCAVENGER|ScheduleStyleRecalculation)$/.test(e.name)) continue;
      const url = e.args && e.args.data && (e.args.data.url || e.args.data.scriptName) || '';
      const key = e.name + (url ? ' ' + url.replace(/^.*\/(?=[^/]+\/[^/]+$)/, '') : '');
      parts.set(key, (parts.get(key) || 0) + e.tdur);
    }
    const script = inside.some(e => /^(FunctionCall|EvaluateScript|RunMicrotasks|TimerFire)$/.test(e.name));
    return { tdur: t.tdur, dur: t.dur, script, parts: [...parts].sort((a, b) => b[1] - a[1]).slice(0, 6) };
  });
}

async function traceOnce(browser, url) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const cdp = await tab.createCDPSession();
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await tab.tracing.start({ categories: CATEGORIES });
  await tab.goto(url, { waitUntil: 'networkidle0' });
  await new Promise(r => setTimeout(r, 1500));
  const events = JSON.parse(Buffer.from(await tab.tracing.stop()).toString()).traceEvents;
  const results = await tab.evaluate(() => document.querySelectorAll('.search-hit').length);
  await tab.close();
  const all = tasks(events, url);
  return {
    total: all.reduce((s, t) => s + t.tdur, 0),
    tbt: all.reduce((s, t) => s + Math.max(0, SLOWDOWN * t.tdur - LONG), 0),
    longest: Math.max(0, ...all.map(t => t.tdur)),
    longestScript: Math.max(0, ...all.filter(t => t.script).map(t => t.tdur)),
    script: all.filter(t => t.script).reduce((s, t) => s + t.tdur, 0),
    long: all.filter(t => SLOWDOWN * t.tdur > LONG),
    results
  };
}

(async () => {
  const servers = dirs.map((dir, i) => ({ dir, port: 8800 + i, proc: spawn('node', [path.join(__dirname, 'pages-server.js'), dir, String(8800 + i)], { stdio: 'inherit' }) }));
  await new Promise(r => setTimeout(r, 800));
  const browser = await puppeteer.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'] });
  const results = servers.map(() => []);
  try {
    for (let r = 0; r < runs; r++) {
      for (let i = 0; i < servers.length; i++) {
        results[i].push(await traceOnce(browser, `http://127.0.0.1:${servers[i].port}/${page}`));
      }
    }
  } finally {
    await browser.close();
    servers.forEach(s => s.proc.kill());
  }
  servers.forEach((s, i) => {
    const rs = results[i];
    const tbt = median(rs.map(r => r.tbt));
    console.log(`${s.dir} ${page}: CPU in tasks ${ms(median(rs.map(r => r.total)))} ms, blocking ${ms(tbt)} ms, ` +
      `longest task ${ms(median(rs.map(r => r.longest)))} ms CPU, longest task running script ` +
      `${ms(median(rs.map(r => r.longestScript)))} ms, CPU in tasks running script ${ms(median(rs.map(r => r.script)))} ms (medians of ${runs}; blocking per run: ${rs.map(r => ms(r.tbt)).join(', ')}; ` +
      `results shown: ${rs.map(r => r.results).join(', ')})`);
    const typical = rs.find(r => r.tbt === tbt);
    typical.long.forEach(t => console.log(`  task ${ms(t.tdur)} ms CPU: ` + t.parts.map(([k, v]) => `${k} ${ms(v)}`).join('; ')));
  });
})();
