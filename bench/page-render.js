// Times how long each dashboard page takes to be fully rendered in Chromium: from the start of navigation until
// every chart is drawn (the page script marks <main data-drawn> once it has fetched the page's API and drawn
// them), or until the load event for the summary, which has no charts. Warm: the browser's cache is kept between
// rounds, as for someone who opens the dashboard every morning; the server's cache is whatever it holds.
//
//   node bench/page-render.js BASE_URL SESSION_COOKIE ROUNDS PAGE...
const puppeteer = require(process.env.PUPPETEER || 'puppeteer-core');

async function main() {
  const [base, cookie, roundsText, ...pages] = process.argv.slice(2);
  const rounds = Number(roundsText);
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
      '--disable-quic', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  // A real cookie, not an extra header: the dashboard's service worker makes requests of its own, which carry the
  // browser's cookies but not headers a test tool adds to the page's requests.
  const [name, value] = cookie.split('=');
  await page.setCookie({ name, value, url: base, httpOnly: true, secure: true, sameSite: 'Lax' });
  for (const path of pages) {
    const times = [];
    for (let i = 0; i < rounds + 1; i++) {
      const started = Date.now();
      const response = await page.goto(base + path, { waitUntil: 'load' });
      if (new URL(page.url()).pathname !== path.split('?')[0] || !response.ok()) {
        throw new Error(`${path} was not shown: ${response.status()} at ${page.url()}`);
      }
      if (path.split('?')[0] !== '/') {
        await page.waitForSelector('main[data-drawn]', { timeout: 30000 });
      }
      if (i > 0) {
        times.push(Date.now() - started);
      }
    }
    times.sort((a, b) => a - b);
    const at = (q) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)];
    console.log(`${path.padEnd(12)} rendered in p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${times[times.length - 1]} ms `
      + `(${rounds} rounds after one warm-up)`);
  }
  await browser.close();
}

main().catch((error) => { console.error(error.message); process.exit(1); });
