// As a user: from the home page, follow the visible option labels to a result, in every language, so that
// every option of every question is clicked at least once; the result shows the expected primary contact;
// Back returns to the previous question; a reload keeps the page.
import { test, expect } from './fixtures';
import { coveringPaths, escapeRegExp, flow, LANGUAGES, telHrefs, wizardUrl, type Language } from './site';
import type { Page } from '@playwright/test';

const journeys = coveringPaths();

async function expectH1(page: Page, text: string) {
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText(text);
}

function optionLink(page: Page, label: string) {
  // The link's name is its label, followed by its hint when it has one.
  return page.getByRole('main').getByRole('link', { name: new RegExp(`^${escapeRegExp(label)}(\\s|$)`) });
}

for (const lang of LANGUAGES as readonly Language[]) {
  for (const journey of journeys) {
    const options = journey.answers.map(([, o]) => o);
    test(`${lang}: ${options.join(' → ')} ends at ${journey.result}`, async ({ page, baseURL }) => {
      await page.goto(`/${lang}/`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      for (const [i, [questionId, optionId]] of journey.answers.entries()) {
        const question = flow.questions[questionId]!;
        await expectH1(page, question.text[lang]);
        const label = question.options.find((o) => o.id === optionId)!.label[lang];
        const link = optionLink(page, label);
        await expect(link, `option "${label}" on ${question.id}`).toHaveCount(1);
        await link.click();
        await expect(page).toHaveURL(baseURL + wizardUrl(lang, options.slice(0, i + 1)));
      }
      const result = flow.results[journey.result]!;
      await expectH1(page, result.title[lang]);
      await expect(page).toHaveTitle(new RegExp(escapeRegExp(result.title[lang])));

      const contact = flow.contacts[journey.primary]!;
      const main = page.getByRole('main');
      await expect(main.getByRole('heading', { name: contact.name[lang] }).first()).toBeVisible();
      if (contact.phone) {
        const hrefs = telHrefs(contact.phone.number);
        await expect(main.locator(hrefs.map((h) => `a[href="${h}"]`).join(', ')).first()).toBeVisible();
      }
      if (contact.email) await expect(main.locator(`a[href="mailto:${contact.email.address}"]`).first()).toBeVisible();

      // Back is the browser's Back: the previous question, with the answers before it.
      const last = journey.answers.at(-1)!;
      await page.goBack();
      await expect(page).toHaveURL(baseURL + wizardUrl(lang, options.slice(0, -1)));
      await expectH1(page, flow.questions[last[0]]!.text[lang]);
      await page.goForward();
      await expectH1(page, result.title[lang]);

      // A reload keeps the page.
      await page.reload();
      await expect(page).toHaveURL(baseURL + wizardUrl(lang, options));
      await expectH1(page, result.title[lang]);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
    });
  }
}
