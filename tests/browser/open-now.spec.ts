// "Open now" is worked out in the browser from the time in the Netherlands (Temporal in Chromium, Intl where
// there is none: src/content/opening-hours.ts). With the page's clock fixed, a result page whose primary
// contact is the LSE (Monday to Friday, 09:00–17:00) must say the right thing in winter and in summer time.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import holidayData from '../../src/content/holidays-nl.json' with { type: 'json' };
import nlContact from '../../src/i18n/locales/nl/contact.json' with { type: 'json' };
import enContact from '../../src/i18n/locales/en/contact.json' with { type: 'json' };
import { test, expect, appReady } from './fixtures';
import { parseHtml } from './built-html';
import { distFileFor, escapeRegExp, flow, paths, sitePages, wizardUrl, type Language } from './site';

// A page that is not urgent: an urgent page whose line can be closed says "Nu gesloten — bel nu …" instead
// (advice-page.spec.ts).
const lse = paths.find((p) => p.primary === 'lse' && !flow.results[p.result]!.urgent);

const moments: { at: string; dutchTime: string; says: RegExp }[] = [
  { at: '2026-11-23T09:30:00Z', dutchTime: 'Monday 10:30 (winter time)', says: /^Nu open, tot 17:00 uur\.$/ },
  // An hour off (UTC, or summer time in November) would still read "open" here.
  {
    at: '2026-11-23T16:30:00Z',
    dutchTime: 'Monday 17:30 (winter time)',
    says: /^Nu gesloten\. Opent morgen om 09:00 uur\.$/,
  },
  { at: '2026-07-03T14:30:00Z', dutchTime: 'Friday 16:30 (summer time)', says: /^Nu open, tot 17:00 uur\.$/ },
  {
    at: '2026-07-03T15:30:00Z',
    dutchTime: 'Friday 17:30 (summer time)',
    says: /^Nu gesloten\. Opent weer op maandag 6 juli om 09:00 uur\.$/,
  },
];

for (const moment of moments) {
  test(`open now on a result page at ${moment.dutchTime}`, async ({ page }) => {
    expect(lse, 'a path whose primary contact is the LSE').toBeDefined();
    await page.clock.setFixedTime(new Date(moment.at));
    await page.goto(
      wizardUrl(
        'nl',
        lse!.answers.map(([, option]) => option),
      ),
    );
    await appReady(page);
    const card = page
      .getByRole('article')
      .filter({ has: page.getByRole('heading', { name: /Landelijk Steunpunt Extremisme/ }) })
      .first();
    await expect(card.getByRole('status')).toHaveText(moment.says);
  });
}

// Before the app takes over (issue 17, item 5): the page's own script (boot.ts → src/ui/OpenNow/early.ts)
// fills the status from the open spans the build wrote into the page. With the app's code held back, it
// must show within 500 ms of the load event, right for the page's fixed clock on both sides of opening and
// closing time, in both languages; when the app then takes over, it hydrates without an error (the guard
// fails the test on any console error) and its own status takes over. The moments are worked out here from
// the flow's hours and the page's own data range, with the test's own time-zone arithmetic (the offset Intl
// names at noon), not with the code under test.

const WORDS = { nl: nlContact.openNow, en: enContact.openNow };
const HOLIDAYS = new Set(holidayData.holidays.map((h) => h.date));
const WEEK = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const lseHours = flow.contacts.lse?.hours;
const lseRange = lseHours?.open[0];

/** Minutes east of UTC in the Netherlands at an instant, as Intl names it ("GMT+01:00"). */
function dutchOffset(instant: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Amsterdam', timeZoneName: 'longOffset' })
    .formatToParts(instant)
    .find((p) => p.type === 'timeZoneName')!.value;
  const [, sign, h, m] = /GMT([+-])(\d\d):(\d\d)/.exec(name)!;
  return (sign === '-' ? -1 : 1) * (Number(h) * 60 + Number(m));
}

/** A Dutch wall-clock time on a weekday as an instant (the offset at noon holds outside the small hours of a Sunday). */
function dutchTime(date: string, time: string, plusMinutes = 0): Date {
  const wall = Date.parse(`${date}T${time}:00Z`) + plusMinutes * 60_000;
  return new Date(wall - dutchOffset(new Date(`${date}T12:00:00Z`)) * 60_000);
}

const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const weekday = (date: string) => WEEK[new Date(`${date}T00:00:00Z`).getUTCDay()]!;

/** The page's early data as the server sends it. */
function earlyData(url: string): { from: number; to: number } {
  const block = parseHtml(readFileSync(distFileFor(url), 'utf8')).getElementById('ww-open-now');
  expect(block, `${url} carries the early "open now" data`).not.toBeNull();
  return JSON.parse(block!.textContent!) as { from: number; to: number };
}

/** Days within the data (not its first or last) on which the LSE opens: neither a holiday nor a day it is closed. */
function lseDays(data: { from: number; to: number }): { open: string[]; holiday?: string } {
  const open: string[] = [];
  let holiday: string | undefined;
  for (let ms = data.from + 36 * 3600_000; ms < data.to - 36 * 3600_000; ms += 86_400_000) {
    const date = dateOf(ms);
    if (!lseRange!.days.includes(weekday(date) as never)) continue;
    if (HOLIDAYS.has(date)) holiday ??= date;
    else open.push(date);
  }
  return { open, holiday };
}

/** Holds back every script but the page's own (boot.ts's chunk, index-*.js) until `release` is called. */
async function holdAppBack(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/(?!index-)[^/]+\.js$/, async (route) => {
    await held;
    await route.fallback();
  });
  return release;
}

/** The page's load event, then the status line of the LSE's card within 500 ms of it. */
async function statusSoonAfterLoad(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'load' });
  const card = page.locator('article[data-contact="lse"]').first();
  return card.locator('.wegwijzer-open-now__status');
}

test.describe('open now before the app takes over', () => {
  test.use({ serviceWorkers: 'block' });
  test.skip(
    !lse || !lseRange || lseHours?.publicHolidays === 'open',
    'needs a result page led by the LSE with office hours',
  );

  for (const lang of ['nl', 'en'] as Language[]) {
    const url = () =>
      wizardUrl(
        lang,
        lse!.answers.map(([, option]) => option),
      );
    const words = WORDS[lang];
    const openText = words.openUntil.replace('{{time}}', lseRange?.to ?? '');
    const closedText = words.closedNoNext.replace('{{closed}}', words.closed);

    test(`${lang}: shows within 500 ms of load, in and out of opening hours, first and last day of the data`, async ({
      page,
    }) => {
      const days = lseDays(earlyData(url()));
      expect(days.open.length).toBeGreaterThan(10);
      const release = await holdAppBack(page);
      try {
        for (const date of [days.open[0]!, days.open.at(-1)!]) {
          const moments = [
            { at: dutchTime(date, lseRange!.from, -30), says: closedText },
            { at: dutchTime(date, lseRange!.from, 30), says: openText },
            { at: dutchTime(date, lseRange!.to, -30), says: openText },
            { at: dutchTime(date, lseRange!.to, 30), says: closedText },
          ];
          for (const moment of moments) {
            await page.clock.setFixedTime(moment.at);
            const status = await statusSoonAfterLoad(page, url());
            await expect(status, `${moment.at.toISOString()} (${date})`).toHaveText(moment.says, { timeout: 500 });
          }
        }
        expect(
          await page.evaluate(() => document.documentElement.dataset.app),
          'the app was held back',
        ).toBeUndefined();
      } finally {
        release();
      }
    });
  }

  test('says closed on a public holiday on a working day, and nothing beyond the data', async ({ page }) => {
    const url = wizardUrl(
      'nl',
      lse!.answers.map(([, option]) => option),
    );
    const data = earlyData(url);
    const { holiday } = lseDays(data);
    const release = await holdAppBack(page);
    try {
      if (holiday) {
        await page.clock.setFixedTime(dutchTime(holiday, lseRange!.from, 60));
        const status = await statusSoonAfterLoad(page, url);
        await expect(status).toHaveText(WORDS.nl.closedNoNext.replace('{{closed}}', WORDS.nl.closed), { timeout: 500 });
      }
      for (const at of [data.to + 3600_000, data.from - 3600_000]) {
        await page.clock.setFixedTime(new Date(at));
        const status = await statusSoonAfterLoad(page, url);
        // The early script has run (the status line is there), and says nothing rather than guess.
        await expect(status).toHaveCount(1);
        await expect(status).toBeEmpty();
        await expect(status).not.toHaveClass(/--open/);
      }
    } finally {
      release();
    }
  });

  test('the app takes over the filled status without a hydration error and keeps it up to date', async ({ page }) => {
    const url = wizardUrl(
      'en',
      lse!.answers.map(([, option]) => option),
    );
    const date = lseDays(earlyData(url)).open[0]!;
    const release = await holdAppBack(page);
    await page.clock.install({ time: dutchTime(date, lseRange!.to, -2) });
    const status = await statusSoonAfterLoad(page, url);
    await expect(status).toHaveText(WORDS.en.openUntil.replace('{{time}}', lseRange!.to), { timeout: 500 });
    await expect(status).toHaveClass(/wegwijzer-open-now__status--open/);
    // Not a live region while loading: filling it is not announced.
    await expect(status).not.toHaveAttribute('role');
    release();
    await appReady(page);
    await expect(status).toHaveAttribute('role', 'status');
    await expect(status).toHaveText(WORDS.en.openUntil.replace('{{time}}', lseRange!.to));
    // Closing time passes with the page open: the app's own status follows (and, live now, is announced).
    await page.clock.fastForward(3 * 60_000);
    await expect(status).toHaveText(new RegExp(`^${escapeRegExp(WORDS.en.closed)}\\. `));
    await expect(status).not.toHaveClass(/--open/);
  });
});

// Every status line on every prerendered page must have its line's spans in the page's data, or the early
// script leaves it empty until the app takes over (src/app/entry-server.tsx picks the lines from the page model).
test('every prerendered page carries the spans of each line whose status it shows, and no others', () => {
  const problems: string[] = [];
  let statuses = 0;
  for (const { url } of sitePages().filter((p) => !p.notFound && !p.url.includes('?'))) {
    const doc = parseHtml(readFileSync(distFileFor(url), 'utf8'));
    const shown = new Set<string>();
    // Each card with a status line of its own, by the card's data-contact.
    for (const card of doc.querySelectorAll<HTMLElement>('article[data-contact]'))
      if (card.querySelector('.wegwijzer-open-now__status')) shown.add(card.dataset.contact!);
    statuses += shown.size;
    const block = doc.getElementById('ww-open-now');
    const lines = Object.keys(block ? (JSON.parse(block.textContent!) as { lines: object }).lines : {});
    const missing = [...shown].filter((id) => !lines.includes(id));
    const extra = lines.filter((id) => !shown.has(id));
    if (missing.length) problems.push(`${url}: no spans for ${missing.join(', ')}`);
    if (extra.length) problems.push(`${url}: spans for ${extra.join(', ')}, which it shows no status for`);
  }
  expect(statuses).toBeGreaterThan(100);
  expect(problems.slice(0, 10)).toEqual([]);
});
