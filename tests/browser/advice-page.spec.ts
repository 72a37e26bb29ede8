// Every advice page puts the person through (issue 23). On the built pages, read with an HTML parser (jsdom):
// the advised contact's card leads with a button for one of its own channels; no non-urgent page tells a
// person to call someone "instead"; every other contact can be reached from the page; a headline names no
// organisation whose card is missing; a municipal official is not told to report to their own municipality.
// In the browser, with the clock fixed: the urgent LSE page on a Saturday morning and the 112 page for a mayor
// have the line to call within the first screen of a phone, and the directory never sends a person from a
// closed line to a closed line.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { appReady, expect, test } from './fixtures';
import { distFileFor, flow, LANGUAGES, paths, requireBuild, telHrefs, wizardUrl, type Language } from './site';

test.beforeAll(() => requireBuild());

/** One page of each result a path reaches, with the options that lead there. */
const results = [...new Map(paths.map((p) => [p.result, p])).values()];
const urlOf = (p: (typeof paths)[number], lang: Language) =>
  wizardUrl(
    lang,
    p.answers.map(([, o]) => o),
  );
const documentOf = (url: string) => new JSDOM(readFileSync(distFileFor(url), 'utf8')).window.document;
const INSTEAD: Record<Language, RegExp> = { nl: /in plaats daarvan/i, en: /\binstead\b/i };
const OWN_MUNICIPALITY: Record<Language, RegExp> = {
  nl: /meld het ook bij uw gemeente/i,
  en: /report it to your municipality/i,
};
/** Answers that say the person works for a municipality or governs one. */
const OFFICIAL_ANSWERS =
  /^(gemeente|dringend-gemeente|burgemeester|wethouder|raadslid|dringend-burgemeester|dringend-bestuurder)$/;

for (const lang of LANGUAGES) {
  test(`every result page puts the person through (${lang}, ${results.length} results)`, () => {
    const problems: string[] = [];
    for (const p of results) {
      const url = urlOf(p, lang);
      const doc = documentOf(url);
      const result = flow.results[p.result]!;
      const primary = flow.contacts[p.primary]!;
      const card = doc.querySelector('.ww-result__primary article');
      const first = card?.querySelector('a[href]');
      const own = [
        ...(primary.phone ? telHrefs(primary.phone.number) : []),
        ...(primary.email ? [`mailto:${primary.email.address}`] : []),
        ...(primary.website ? [primary.website.url] : []),
      ];
      if (!first || !first.classList.contains('utrecht-button') || !own.includes(first.getAttribute('href')!))
        problems.push(`${url}: the advised card's first link is not a button for ${primary.id}'s own channel`);
      const main = doc.querySelector('main')?.textContent ?? '';
      if (!result.urgent && INSTEAD[lang].test(main)) problems.push(`${url}: a non-urgent page says "instead"`);
      for (const other of doc.querySelectorAll('.ww-result__others article[data-contact]')) {
        const reach = [...other.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);
        if (!reach.some((h) => /^(tel:|mailto:|https?:)/.test(h)))
          problems.push(`${url}: other contact ${other.getAttribute('data-contact')} has no channel on the page`);
      }
      const shown = new Set(
        [...doc.querySelectorAll('main [data-contact]')].map((e) => e.getAttribute('data-contact')),
      );
      // Names of the contacts on the page are taken out first: "Ondersteuningsteam Weerbaar Bestuur" does
      // not name the Netwerk Weerbaar Bestuur, nor "VNG Academie" the VNG.
      const namesOf = (c: (typeof flow.contacts)[string]) =>
        [c.name[lang], c.short].filter((n): n is string => n !== undefined && n.length >= 3);
      const escape = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const names = (c: (typeof flow.contacts)[string]) =>
        new RegExp(`(^|\\W)(${namesOf(c).map(escape).join('|')})(\\W|$)`, 'i');
      let title = result.title[lang];
      for (const id of shown) if (id && flow.contacts[id]) title = title.replace(names(flow.contacts[id]!), ' ');
      for (const c of Object.values(flow.contacts))
        if (!shown.has(c.id) && names(c).test(title))
          problems.push(`${url}: the headline names ${c.id}, whose card is not on the page`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  test(`no page reached as a municipal official or administrator says "report it to your municipality" (${lang})`, () => {
    const official = paths.filter((p) => p.answers.some(([, o]) => OFFICIAL_ANSWERS.test(o)));
    expect(official.length).toBeGreaterThan(20);
    const problems = official
      .map((p) => urlOf(p, lang))
      .filter((url) => OWN_MUNICIPALITY[lang].test(documentOf(url).querySelector('main')?.textContent ?? ''));
    expect(problems, problems.join('\n')).toEqual([]);
  });
}

test('the discrimination line and Meld Misdaad Anoniem have their free numbers, each with its source and dates', () => {
  for (const [id, number] of [
    ['discriminatie-nl', '0800-0880'],
    ['meld-misdaad-anoniem', '0800-7000'],
  ] as const) {
    const phone = flow.contacts[id]?.phone;
    expect(phone?.number).toBe(number);
    expect(phone?.source).toMatch(/^https:\/\//);
    expect(phone?.sourceDate).toBe('undated');
    expect(phone?.checked).toBe('2026-12-07');
    // Independent of the police (S67): never the police as its fallback, and not a line for danger now.
    expect(flow.contacts[id]?.whenClosed).toBeUndefined();
  }
});

const PHONE = { width: 390, height: 844 };
const inFirstScreen = (box: { y: number; height: number } | null) => box !== null && box.y + box.height <= PHONE.height;

test('an urgent LSE page on a Saturday at 10:00: the police button is within the first screen and marked open', async ({
  page,
}) => {
  const p = paths.find((x) => x.result === 'lse-dringend-professional')!;
  await page.setViewportSize(PHONE);
  // Saturday 12 December 2026, 10:00 in Amsterdam (winter time, UTC+1).
  await page.clock.setFixedTime(new Date('2026-12-12T09:00:00Z'));
  await page.goto(urlOf(p, 'nl'));
  const card = page.locator('.ww-result__primary article');
  const police = card.locator('[data-call="fallback"]');
  const own = card.locator('[data-call="own"]');
  await expect(police).toHaveAttribute('href', 'tel:+319008844');
  await expect(police).toHaveClass(/utrecht-button--primary-action/);
  await expect(own).toHaveClass(/utrecht-button--secondary-action/);
  await expect(card.locator('.wegwijzer-open-now__status')).toHaveText(/^Nu gesloten — bel nu Politie/);
  expect(inFirstScreen(await police.boundingBox()), 'police button within 390×844').toBe(true);
  // The order of the buttons does not change: the LSE's own first.
  const order = await card.locator('[data-call]').evaluateAll((els) => els.map((e) => e.getAttribute('data-call')));
  expect(order).toEqual(['own', 'fallback']);
  // The app takes over without a mismatch and keeps the same marking.
  await appReady(page);
  await expect(police).toHaveClass(/utrecht-button--primary-action/);
  await expect(own).toHaveClass(/utrecht-button--secondary-action/);
});

test('the same page on a Monday at 10:00: the LSE button is the filled one', async ({ page }) => {
  const p = paths.find((x) => x.result === 'lse-dringend-professional')!;
  await page.clock.setFixedTime(new Date('2026-12-14T09:00:00Z'));
  await page.goto(urlOf(p, 'en'));
  const card = page.locator('.ww-result__primary article');
  await expect(card.locator('.wegwijzer-open-now__status')).toHaveText(/^Open now/);
  await expect(card.locator('[data-call="own"]')).toHaveClass(/utrecht-button--primary-action/);
  await expect(card.locator('[data-call="fallback"]')).toHaveClass(/utrecht-button--secondary-action/);
});

for (const lang of LANGUAGES) {
  test(`the 112 page gives a mayor the NGB's call button within the first phone screen (${lang})`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(wizardUrl(lang, ['direct-gevaar']));
    const ngb = page.locator(`.ww-result__primary a[href="${telHrefs(flow.contacts.ngb!.phone!.number)[0]}"]`);
    await expect(ngb).toHaveClass(/utrecht-button/);
    expect(inFirstScreen(await ngb.boundingBox()), 'NGB button within 390×844').toBe(true);
    await expect(page.locator('.ww-result__others [data-contact="ngb"]')).toHaveCount(0);
  });
}

test('the directory at Monday 20:00 never sends a person from a closed line to a closed line', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-12-14T19:00:00Z'));
  await page.goto('/nl/aanbod/');
  await appReady(page);
  const named = await page
    .locator('.wegwijzer-open-now .wegwijzer-fallback-contact[data-contact]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-contact')!));
  expect(named.length, 'closed lines name a line to call').toBeGreaterThan(0);
  for (const id of named) {
    const hours = flow.contacts[id]?.hours;
    const alwaysOpen =
      hours?.publicHolidays === 'open' && hours.open.some((r) => r.from === '00:00' && r.to === '24:00');
    expect(alwaysOpen, `${id} is named for a closed line: it must be open day and night`).toBe(true);
  }
});
