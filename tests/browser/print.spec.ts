// The referral printout (issue 17, item 6): printing a result gives exactly one A4 page (Chromium's PDF), with
// the advice, the contact's number and e-mail, the answers given, and the page's address and the day.
// A sample of results in both languages: every sixth result by id, and the result with the most answers.
import type { Page } from '@playwright/test';
import { test, expect, appReady } from './fixtures';
import { flow, LANGUAGES, paths, wizardUrl, type FlowPath } from './site';

function samples(): FlowPath[] {
  const byResult = new Map<string, FlowPath>();
  for (const p of paths) {
    const seen = byResult.get(p.result);
    if (!seen || p.answers.length < seen.answers.length) byResult.set(p.result, p);
  }
  const sorted = [...byResult.values()].sort((a, b) => a.result.localeCompare(b.result));
  const longest = paths.reduce((a, b) => (b.answers.length > a.answers.length ? b : a));
  const sample = sorted.filter((_, i) => i % 6 === 0);
  return sample.some((p) => p.result === longest.result) ? sample : [...sample, longest];
}

/** Pages in a PDF as Chromium writes it: one "/Type /Page" object per page ("/Pages" is the tree). */
async function pdfPages(page: Page): Promise<number> {
  const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
  return pdf.match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

for (const lang of LANGUAGES) {
  for (const p of samples()) {
    const url = wizardUrl(
      lang,
      p.answers.map(([, o]) => o),
    );
    test(`printing ${url} gives one A4 page with the contact, the answers, the address and the day`, async ({
      page,
    }) => {
      await page.goto(url);
      await appReady(page);
      await page.emulateMedia({ media: 'print' });
      const contact = flow.contacts[p.primary]!;
      const main = page.locator('main');
      if (contact.phone) await expect(main.getByText(contact.phone.number).first()).toBeVisible();
      if (contact.email) await expect(main.getByText(contact.email.address).first()).toBeVisible();
      await expect(main.locator('.ww-answer-list')).toBeVisible();
      const note = main.locator('.ww-print-note');
      await expect(note).toBeVisible();
      await expect(note).toContainText(page.url());
      await expect(note).toContainText(/\d{4}/);
      // Printed text stays black on white: a call button's white-on-colour would vanish without backgrounds.
      // An urgent page may have two (the line's own and the one open when it is closed): every one of them.
      const backgrounds = await main
        .locator('.wegwijzer-contact-card__call')
        .evaluateAll((els) =>
          els.map((el) => getComputedStyle(el).backgroundImage + getComputedStyle(el).backgroundColor),
        );
      for (const background of backgrounds) expect(background).toMatch(/none(rgba\(0, 0, 0, 0\)|transparent)/);
      expect(await pdfPages(page), `${url} printed`).toBe(1);
    });
  }
}
