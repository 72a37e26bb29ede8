// "Open now" is worked out in the browser from the time in the Netherlands (Temporal in Chromium, Intl where
// there is none: src/content/opening-hours.ts). With the page's clock fixed, a result page whose primary
// contact is the LSE (Monday to Friday, 09:00–17:00) must say the right thing in winter and in summer time.
import { test, expect, appReady } from './fixtures';
import { paths, wizardUrl } from './site';

const lse = paths.find((p) => p.primary === 'lse');

const moments: { at: string; dutchTime: string; says: RegExp }[] = [
  { at: '2026-11-23T09:30:00Z', dutchTime: 'Monday 10:30 (winter time)', says: /^Nu open, tot 17:00 uur\.$/ },
  // An hour off (UTC, or summer time in November) would still read "open" here.
  { at: '2026-11-23T16:30:00Z', dutchTime: 'Monday 17:30 (winter time)', says: /^Nu gesloten\. Opent morgen om 09:00 uur\.$/ },
  { at: '2026-07-03T14:30:00Z', dutchTime: 'Friday 16:30 (summer time)', says: /^Nu open, tot 17:00 uur\.$/ },
  { at: '2026-07-03T15:30:00Z', dutchTime: 'Friday 17:30 (summer time)', says: /^Nu gesloten\. Opent weer op maandag 6 juli om 09:00 uur\.$/ },
];

for (const moment of moments) {
  test(`open now on a result page at ${moment.dutchTime}`, async ({ page }) => {
    expect(lse, 'a path whose primary contact is the LSE').toBeDefined();
    await page.clock.setFixedTime(new Date(moment.at));
    await page.goto(wizardUrl('nl', lse!.answers.map(([, option]) => option)));
    await appReady(page);
    const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /Landelijk Steunpunt Extremisme/ }) }).first();
    await expect(card.getByRole('status')).toHaveText(moment.says);
  });
}
