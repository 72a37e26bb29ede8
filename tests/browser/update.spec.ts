// Issue 13: a new deploy is what the next page load shows. Version A is served and visited (the service
// worker installs and takes control); then the served files are replaced by version B — a copy of dist/ in
// which the police number changed, its assets renamed as a new build would name them — and one reload shows
// the new number, also on the next page reached by clicking. A tab left open on version A still completes
// a journey (its assets are gone from the server: only the worker's cache has them). Offline, a visited page
// is a saved copy that says so, a page never visited is rendered by the app, and an unknown URL is the
// not-found page with status 404.
// Each test serves a copy of its own (it changes the files), so it runs on an origin and context of its own.
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { test, expect, appReady } from './fixtures';
import { DIST, escapeRegExp, flow, paths, wizardUrl } from './site';
// @ts-expect-error plain ESM script without types
import { startServer } from '../../scripts/serve.mjs';

const OLD_NUMBER = flow.contacts.politie?.phone?.number ?? '';
const NEW_NUMBER = '0900 1234';
const TEXT = /\.(html|js|css|json|webmanifest|txt|xml|svg)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/**
 * Version B from a copy of version A: the number replaced everywhere, and every asset whose content changed
 * renamed (a changed file gets a new hash from a real build, and so do the files that import it), with
 * every reference to it. sw.js changes with its precache list, so browsers see a new worker.
 */
function makeVersionB(a: string, b: string): void {
  cpSync(a, b, { recursive: true });
  const texts = filesUnder(b).filter((f) => TEXT.test(f) || f.endsWith('sw.js'));
  const original = new Map(texts.map((f) => [f, readFileSync(f, 'utf8')]));
  for (const f of texts) writeFileSync(f, original.get(f)!.replaceAll(OLD_NUMBER, NEW_NUMBER));
  const renamed = new Set<string>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const name of readdirSync(join(b, 'assets'))) {
      const file = join(b, 'assets', name);
      if (renamed.has(name) || !original.has(file) || readFileSync(file, 'utf8') === original.get(file)) continue;
      const next = name.replace(/(\.[a-z]+)$/, 'b$1');
      renameSync(file, join(b, 'assets', next));
      renamed.add(next);
      for (const f of filesUnder(b).filter((x) => TEXT.test(x) || x.endsWith('sw.js'))) {
        const text = readFileSync(f, 'utf8');
        if (text.includes(name)) writeFileSync(f, text.replaceAll(name, next));
      }
      changed = true;
    }
  }
  if (renamed.size === 0) throw new Error(`version B: no asset held ${OLD_NUMBER}`);
}

async function serveCopy(): Promise<{ root: string; url: string; close(): void }> {
  const root = mkdtempSync(join(tmpdir(), 'wegwijzer-a-'));
  cpSync(DIST, root, { recursive: true });
  const { server, url } = (await startServer({ root, port: 0 })) as { server: Server; url: string };
  return {
    root,
    url,
    close() {
      server.closeAllConnections();
      server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

async function controlled(page: Page) {
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 15_000 })
    .toBe(true);
}

async function clickThrough(page: Page, answers: [string, string][]) {
  for (const [q, o] of answers) {
    const label = flow.questions[q]!.options.find((x) => x.id === o)!.label.nl;
    await page
      .getByRole('main')
      .getByRole('link', { name: new RegExp(`^${escapeRegExp(label)}(\\s|$)`) })
      .click();
  }
}

async function newContext(browser: Browser): Promise<{ context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext();
  const errors: string[] = [];
  context.on('page', (p) => p.on('pageerror', (e) => errors.push(`${p.url()}: ${e.message}`)));
  return { context, errors };
}

// A result that lists the police, reached from the home page.
const policePath = paths.find((p) => p.primary === 'politie' || flow.results[p.result]!.others?.includes('politie'));

test('a new deploy shows after one reload, also on the next page clicked; a tab left on the old version still completes a journey', async ({
  browser,
}) => {
  expect(OLD_NUMBER, 'the police contact has a phone number').not.toBe('');
  expect(policePath, 'a path to a result that lists the police').toBeDefined();
  const site = await serveCopy();
  const { context, errors } = await newContext(browser);
  const versionB = mkdtempSync(join(tmpdir(), 'wegwijzer-b-'));
  rmSync(versionB, { recursive: true });
  try {
    const page = await context.newPage();
    const result = `${site.url}${wizardUrl(
      'nl',
      policePath!.answers.map(([, o]) => o),
    )}`;
    // The home page names the police number, and is one the worker precaches: the page the issue reloaded.
    await page.goto(`${site.url}/nl/`);
    await controlled(page);
    await expect(page.locator('body')).toContainText(OLD_NUMBER);
    await page.goto(result);
    await expect(page.getByRole('main')).toContainText(OLD_NUMBER);
    await page.goto(`${site.url}/nl/`);
    // A second tab, left open on version A at the home page, with the app running.
    const oldTab = await context.newPage();
    await oldTab.goto(`${site.url}/nl/`);
    await appReady(oldTab, 20_000);
    // Its worker code has run (boot.ts registers once the page is idle; register.ts adds the region first),
    // as in any tab left open: the deploy must not land while that registration is still under way.
    await expect(oldTab.locator('.ww-update-region')).toHaveCount(1);
    await oldTab.evaluate(async () => void (await navigator.serviceWorker.ready));

    // Deploy B: the served files are replaced, A's assets are gone from the server.
    makeVersionB(site.root, versionB);
    rmSync(site.root, { recursive: true });
    cpSync(versionB, site.root, { recursive: true });

    await page.reload();
    await expect(page.locator('body')).toContainText(NEW_NUMBER);
    await expect(page.locator('body')).not.toContainText(OLD_NUMBER);
    await appReady(page, 20_000);
    await expect(page.locator('body')).toContainText(NEW_NUMBER);
    // The next pages, by clicking: the path to the result, rendered by the app (version B's data).
    await clickThrough(page, policePath!.answers);
    await expect(page).toHaveURL(result);
    await expect(page.locator('h1')).toHaveText(flow.results[policePath!.result]!.title.nl);
    await expect(page.getByRole('main')).toContainText(NEW_NUMBER);
    await expect(page.getByRole('main')).not.toContainText(OLD_NUMBER);

    // The tab on version A: the new worker controls it now and says there is a new version; its journey
    // still works with A's code from the cache.
    await expect(oldTab.locator('.ww-update-region')).toContainText('Er is een nieuwe versie.', { timeout: 15_000 });
    // The reloaded page already runs version B: it does not say there is a new version.
    await expect(page.locator('.ww-update-region')).not.toContainText('Er is een nieuwe versie.');
    await clickThrough(oldTab, policePath!.answers);
    await expect(oldTab).toHaveURL(result);
    await expect(oldTab.locator('h1')).toHaveText(flow.results[policePath!.result]!.title.nl);
    // Its button reloads: version B, with the new number.
    const load = oldTab.waitForEvent('load');
    await oldTab.locator('.ww-update-region').getByRole('button', { name: 'Vernieuw de pagina' }).click();
    await load;
    await expect(oldTab.getByRole('main')).toContainText(NEW_NUMBER);
    await expect(oldTab.getByRole('main')).not.toContainText(OLD_NUMBER);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    site.close();
    rmSync(versionB, { recursive: true, force: true });
  }
});

test('offline: a visited page is a saved copy that says so, a page never visited works, an unknown URL is 404', async ({
  browser,
}) => {
  const site = await serveCopy();
  const { context, errors } = await newContext(browser);
  try {
    const page = await context.newPage();
    const visited = `${site.url}${wizardUrl(
      'nl',
      policePath!.answers.map(([, o]) => o),
    )}`;
    await page.goto(`${site.url}/nl/`);
    await controlled(page);
    await page.goto(visited);
    await expect(page.locator('h1')).toHaveText(flow.results[policePath!.result]!.title.nl);

    await context.setOffline(true);
    await page.goto(visited);
    await expect(page.locator('h1')).toHaveText(flow.results[policePath!.result]!.title.nl);
    await expect(page.locator('.ww-update-region')).toContainText('Dit is een opgeslagen kopie van', {
      timeout: 15_000,
    });

    const other = paths.find((p) => p.result !== policePath!.result)!;
    const never = await page.goto(
      `${site.url}${wizardUrl(
        'nl',
        other.answers.map(([, o]) => o),
      )}`,
    );
    expect(never?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(flow.results[other.result]!.title.nl, { timeout: 20_000 });

    for (const [url, heading] of [
      ['/nl/bestaat-niet-offline/', 'Deze pagina bestaat niet'],
      ['/en/does-not-exist-offline/', 'This page does not exist'],
    ] as const) {
      const unknown = await page.goto(`${site.url}${url}`);
      expect(unknown?.status(), url).toBe(404);
      await expect(page.locator('h1')).toContainText(heading);
    }
    expect(errors).toEqual([]);
  } finally {
    await context.setOffline(false);
    await context.close();
    site.close();
  }
});
