// The page in a real browser: Debian's Chromium driven by playwright-core
// (never a downloaded browser). Starts `warta serve` on a database of the
// bundled samples, then reads the page as a person would: a search, a facet,
// a brushed period, an article with its highlighted words, an entity page.
// Every request must stay on 127.0.0.1 and the console must stay clean.
//   node web/tests/browser.mjs WARTA DB [SCREENSHOT_DIR]
// Prints "ok NAME" / "FAIL NAME" lines like tests/lib.sh; exit status 1 on a failure.
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [warta, db, shots] = process.argv.slice(2);
let pass = 0, fail = 0;
function check(name, ok) {
  if (ok) { pass++; console.log(`ok   ${name}`); } else { fail++; console.log(`FAIL ${name}`); }
}

function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(warta, ['serve', '--db', db, '--listen', '127.0.0.1:0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /page on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) resolve({ child, base: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`warta serve exited with ${code}`)));
    setTimeout(() => reject(new Error('warta serve did not say where it listens')), 10000);
  });
}

const { child, base } = await startServer();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
const errors = [], outside = [];
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
page.on('pageerror', (e) => errors.push(String(e)));
page.on('response', (r) => { if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`); });
page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) outside.push(r.url()); });
const ready = (hash) => page.waitForSelector(`body[data-ready="${hash}"]`, { timeout: 15000 });
const texts = (sel) => page.$$eval(sel, (els) => els.map((e) => e.textContent.trim()));
const api = (path) => page.evaluate(async (p) => (await fetch(`/api/v1/${p}`)).json(), path);

try {
  // the overview
  await page.goto(base);
  await ready('#');
  const stats = await api('stats');
  check('the header counts the articles', (await page.textContent('#stats')).startsWith(`${stats.results[0].documents} articles`));
  check('facets list event types with counts', (await page.$$('#facets .facet[data-facet="type"]')).length > 0);
  check('the timeline is drawn', (await page.$$('#timeline canvas')).length > 0);
  check('the network is drawn', (await page.$$('#network canvas')).length > 0);
  check('the map shades countries from bundled shapes', (await page.$$('#map path.leaflet-interactive')).length > 100);
  check('the event list shows every event (fewer than a page)', (await page.$$('#events tr[data-event]')).length === stats.results[0].events);
  if (shots) await page.screenshot({ path: `${shots}/page-overview.png`, fullPage: true });

  // a search typed in the box
  await page.fill('#search', 'nuklir');
  await page.press('#search', 'Enter');
  await ready('#q=nuklir');
  const titles = await texts('#articles tr[data-doc] td:nth-child(3)');
  check('search: the nuclear article is found', titles.includes('Rusia Tawarkan Kerja Sama Energi Nuklir kepada Indonesia'));
  check('search: every article listed has the word', titles.length >= 1 && (await texts('#filters .chip')).some((c) => c.startsWith('q: nuklir')));

  // a facet clicked
  await page.goto(`${base}#`);
  await ready('#');
  const facet = await page.$('#facets .facet[data-facet="type"][data-value="AGREE"]');
  const facetCount = Number(await facet.$eval('.n', (e) => e.textContent));
  await facet.click();
  await ready('#type=AGREE');
  const types = await texts('#events tr[data-event] td.type');
  check('facet: every event listed is of the type clicked', types.length > 0 && types.every((t) => t.startsWith('AGREE')));
  check('facet: as many events as the facet said', types.length === facetCount);
  check('facet: the export links carry the filter', (await page.getAttribute('#events-csv', 'href')).includes('type=AGREE'));

  // a period brushed on the timeline
  await page.goto(`${base}#`);
  await ready('#');
  const over = await page.$('#timeline .u-over');
  const box = await over.boundingBox();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.99, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await page.waitForFunction(() => /from=.*to=/.test(location.hash));
  const hash = await page.evaluate(() => location.hash);
  await ready(hash);
  const period = new URLSearchParams(hash.slice(1));
  const from = period.get('from'), to = period.get('to');
  const listed = await page.$$eval('#events tr[data-event] td:first-child', (els) => els.map((e) => e.textContent));
  check('brush: the period becomes the from and to filters', /^\d{4}-\d\d-\d\d$/.test(from) && /^\d{4}-\d\d-\d\d$/.test(to) && from < to);
  const events = await api(`events?from=${from}&to=${to}&limit=all`);
  check('brush: the list holds the events of the period', listed.length === events.total);
  check('brush: the chips show the period', (await texts('#filters .chip')).some((c) => c.startsWith('from: ')));

  // an article with its facts highlighted
  await page.goto(`${base}#`);
  await ready('#');
  await page.fill('#search', 'nuklir');
  await page.press('#search', 'Enter');
  await ready('#q=nuklir');
  await page.click('#articles tr[data-doc] a');
  const docHash = await page.evaluate(() => location.hash);
  await ready(docHash);
  const marked = async (ref) => page.$$eval('#article-view .text mark', (els, r) =>
    els.filter((e) => e.dataset.marks.split(' ').includes(r)).map((e) => e.textContent).join(''), ref);
  const article = await api(`article/${new URLSearchParams(docHash.slice(1)).get('doc')}`);
  const lavrov = article.entities.find((e) => e.name === 'Sergey Lavrov');
  check('article: the text is all there', (await page.textContent('#article-view .text')) === article.article.text);
  check('article: the minister is highlighted where he is named', lavrov && (await marked(`entity:${lavrov.entity}`)).startsWith('Sergey Lavrov'));
  check('article: the date is highlighted as written', (await marked('date:0')) === 'Selasa (8/4/2025)');
  const firstQuote = article.quotes[0];
  check('article: a quotation is highlighted word for word', firstQuote && (await marked(`quote:${firstQuote.id}`)) === firstQuote.text);
  await page.click('#article-view .facts .fact[data-event] a');
  const flashed = await page.$$eval('#article-view .text mark.flash', (els) => els.map((e) => e.textContent).join(''));
  check('article: clicking an event lights its sentence', flashed.length > 20 && article.article.text.includes(flashed));
  if (shots) await page.screenshot({ path: `${shots}/page-article.png`, fullPage: true });

  // an entity page
  await page.goto(`${base}#entity=${encodeURIComponent('Sergey Lavrov')}`);
  await ready(`#entity=${encodeURIComponent('Sergey Lavrov')}`);
  const quotes = await api('quotes?speaker=Sergey%20Lavrov');
  check('entity: its name, country and role', (await page.textContent('#entity-view h2')) === 'Sergey Lavrov' &&
    (await page.textContent('#entity-view p')).includes('RUS'));
  check('entity: the ways the articles wrote the name', (await page.textContent('#entity-view .spellings')).includes('Lavrov ('));
  check('entity: its quotes are listed', (await page.$$('#entity-view .fact')).length === Math.min(20, quotes.total));
  if (shots) await page.screenshot({ path: `${shots}/page-entity.png`, fullPage: true });

  // a view's address reproduces it
  const again = await browser.newPage();
  again.on('request', (r) => { if (!r.url().startsWith(base)) outside.push(r.url()); });
  await again.goto(`${base}#type=AGREE`);
  await again.waitForSelector('body[data-ready="#type=AGREE"]');
  check('a view\'s URL reproduces it', (await again.$$('#events tr[data-event]')).length === facetCount);
  await again.close();

  check(`no console error (${errors.slice(0, 3).join(' | ')})`, errors.length === 0);
  check(`no request left 127.0.0.1 (${outside.slice(0, 3).join(' ')})`, outside.length === 0);
} catch (e) {
  check(`the page could be driven: ${e.message.split('\n')[0]}`, false);
} finally {
  await browser.close();
  child.kill('SIGTERM');
}
if (process.env.CHECK_TALLY) appendFileSync(process.env.CHECK_TALLY, `${pass} ${fail}\n`);
console.log(`browser: ${pass} passed, ${fail} failed`);
process.exit(fail ? 1 : 0);
