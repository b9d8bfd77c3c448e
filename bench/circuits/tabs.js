// Real Blazor Server circuits without a browser: each tab is a jsdom window that loads the page and runs the
// portal's own blazor.web.js over a real WebSocket, so the server sees an ordinary circuit and the render batches
// are applied to a real DOM. jsdom has no layout or paint, which is what makes 200 tabs fit beside the portal on
// two cores. The bench (bench/JsdomTabs.cs) talks to this process one JSON line at a time on stdin/stdout.
'use strict';
const { JSDOM, CookieJar, VirtualConsole, ResourceLoader } = require('jsdom');

const base = process.argv[2];

// This process's longest garbage-collection pause: it holds every tab of the process still, as no one-tab PC is.
let longestGc = 0;
new (require('perf_hooks').PerformanceObserver)(list => {
  for (const entry of list.getEntries()) longestGc = Math.max(longestGc, entry.duration);
}).observe({ entryTypes: ['gc'] });
// How late this process's event loop ran its timers: a render batch or an acknowledgement waits as long as the loop is busy.
const loopDelay = require('perf_hooks').monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
let profiler = null;
const jars = new Map();
const tabs = [];

async function signIn(user, password) {
  const jar = new CookieJar();
  const login = await JSDOM.fromURL(new URL('/Account/Login', base).href, { cookieJar: jar });
  const form = login.window.document.querySelector('form');
  const body = new URLSearchParams();
  for (const input of form.querySelectorAll('input')) if (input.name) body.set(input.name, input.value);
  body.set(form.querySelector('#username').name, user);
  body.set(form.querySelector('#password').name, password);
  const action = new URL(form.getAttribute('action') || '/Account/Login', login.window.location.href).href;
  const answer = await fetch(action, {
    method: 'POST', body, redirect: 'manual',
    headers: { cookie: await jar.getCookieString(action), 'content-type': 'application/x-www-form-urlencoded' },
  });
  if (answer.status !== 302) throw new Error(`sign-in of ${user} answered ${answer.status}`);
  for (const cookie of answer.headers.getSetCookie()) await jar.setCookie(cookie, base);
  login.window.close();
  return jar;
}

// What blazor.web.js needs that jsdom lacks: matchMedia, and fetch (for _blazor/negotiate and initializers)
// carrying the tab's cookies and resolving against the document's base, as a browser does.
function browserParts(window, jar) {
  window.matchMedia = () => ({ matches: false, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {} });
  window.SVGAElement = window.SVGElement;
  window.Headers = Headers;
  window.Request = Request;
  window.Response = Response;
  window.fetch = async (input, init = {}) => {
    const url = new URL(typeof input === 'string' ? input : input.url, window.document.baseURI).href;
    const headers = new Headers(init.headers || {});
    headers.set('cookie', await jar.getCookieString(url));
    const { mode, credentials, ...rest } = init;
    return fetch(url, { ...rest, headers });
  };
}

// jsdom parses every stylesheet again for every tab and keeps its rules in that tab's heap (MudBlazor's sheet is
// large): 100 tabs in one process held 1.5 GB, and the collections of that heap at the burst's start slowed every
// tab of the process for 1–2 s. Styles serve layout and paint, which jsdom does not do; a browser parses a cached
// sheet once. Scripts load as before.
class WithoutStylesheets extends ResourceLoader {
  fetch(url, options) {
    return options.element && options.element.localName === 'link' ? null : super.fetch(url, options);
  }
}
const resources = new WithoutStylesheets();

async function open(user, path) {
  const jar = jars.get(user);
  const errors = new VirtualConsole();
  errors.on('jsdomError', e => { if (!String(e.message).includes('parse CSS')) process.stderr.write(`tab ${path}: ${String(e.message).slice(0, 300)}\n`); });
  const dom = await JSDOM.fromURL(new URL(path, base).href, {
    cookieJar: jar, runScripts: 'dangerously', resources, virtualConsole: errors,
    beforeParse: window => browserParts(window, jar),
  });
  const window = dom.window;
  const started = Date.now();
  while (!(window.document.querySelector('[data-interactive=true]') && window.document.querySelector('[data-live-seq]'))) {
    if (Date.now() - started > 60000) throw new Error(`${path} did not become interactive in 60 s`);
    await new Promise(r => setTimeout(r, 25));
  }
  // As the Chromium tabs do: the moment each sequence number was first drawn. The marked element is kept while it
  // stays in the document: jsdom answers an attribute selector by listing every element, a cost no browser has.
  const times = {};
  let marked = null;
  const mark = () => {
    if (!marked || !marked.isConnected) marked = window.document.querySelector('[data-live-seq]');
    if (marked && !(marked.dataset.liveSeq in times)) times[marked.dataset.liveSeq] = Date.now();
  };
  new window.MutationObserver(mark).observe(window.document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-live-seq'] });
  tabs.push({ window, times });
}

const all = (tab, selector) => [...tab.window.document.querySelectorAll(selector)];

const commands = {
  async signIn({ user, password }) { jars.set(user, await signIn(user, password)); return null; },
  async open({ user, path, count }) {
    for (let i = 0; i < count; i += 5) await Promise.all(Array.from({ length: Math.min(5, count - i) }, () => open(user, path)));
    return tabs.length;
  },
  times() { return tabs.map(t => t.times); },
  texts({ selector }) { return tabs.map(t => all(t, selector).map(e => e.textContent)); },
  cards({ selector }) { return tabs.map(t => all(t, selector).map(c => c.dataset.kasus + ':' + ((c.textContent.match(/Langkah (\d+)/) || [])[1]))); },
  cpu() { const u = process.cpuUsage(); return (u.user + u.system) / 1000; },
  // BENCH_PROFIL_NODE: a CPU profile and sampled allocations of this process over a window the bench chooses.
  async profileStart() {
    profiler = new (require('inspector/promises').Session)();
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.setSamplingInterval', { interval: 1000 });
    await profiler.post('Profiler.start');
    await profiler.post('HeapProfiler.enable');
    await profiler.post('HeapProfiler.startSampling', { samplingInterval: 65536, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
    return null;
  },
  async profileStop({ file }) {
    const { profile } = await profiler.post('Profiler.stop');
    const { profile: heap } = await profiler.post('HeapProfiler.stopSampling');
    require('fs').writeFileSync(file + '.cpuprofile', JSON.stringify(profile));
    require('fs').writeFileSync(file + '.heapprofile', JSON.stringify(heap));
    profiler.disconnect();
    return null;
  },
  stalls() {
    const stalls = { gc: longestGc, loopP99: loopDelay.percentile(99) / 1e6, loopMax: loopDelay.max / 1e6 };
    longestGc = 0;
    loopDelay.reset();
    return stalls;
  },
};

let queue = Promise.resolve();
require('readline').createInterface({ input: process.stdin }).on('line', line => {
  queue = queue.then(async () => {
    const { id, command, args } = JSON.parse(line);
    try {
      process.stdout.write(JSON.stringify({ id, result: await commands[command](args || {}) }) + '\n');
    } catch (e) {
      process.stdout.write(JSON.stringify({ id, error: String(e && e.stack || e) }) + '\n');
    }
  });
}).on('close', () => process.exit(0));
process.stdout.write(JSON.stringify({ ready: true }) + '\n');
