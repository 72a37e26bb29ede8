// As a user: from the home page, follow the visible option labels, in every language, so that every option
// of every question is clicked at least once. The walk goes depth-first through the paths that cover every
// option: forward by clicking an option's label, back with the browser's Back — which must return to the
// previous question each time. Every result shows its expected primary contact; a reload keeps the page.
// A few tests per language, each walking some of the first (or second) answers' subtrees.
import type { Page } from '@playwright/test';
import { test, expect, appReady, networkQuiet } from './fixtures';
import { coveringPaths, escapeRegExp, flow, LANGUAGES, telHrefs, wizardUrl, type Language } from './site';

interface Step {
  options: string[];
  /** The question asked on this page, or the result it is. */
  question?: string;
  result?: string;
  primary?: string;
  children: Map<string, Step>;
}

/** The covering paths as a tree of pages, home at the root. */
function pageTree(): Step {
  const root: Step = { options: [], children: new Map() };
  for (const p of coveringPaths()) {
    let node = root;
    p.answers.forEach(([q, o], i) => {
      node.question = q;
      let next = node.children.get(o);
      if (!next) {
        next = { options: p.answers.slice(0, i + 1).map(([, x]) => x), children: new Map() };
        node.children.set(o, next);
      }
      node = next;
    });
    node.result = p.result;
    node.primary = p.primary;
  }
  return root;
}

const tree = pageTree();

function optionLink(page: Page, label: string) {
  // The link's name is its label, followed by its hint when it has one.
  return page.getByRole('main').getByRole('link', { name: new RegExp(`^${escapeRegExp(label)}(\\s|$)`) });
}

async function expectPage(page: Page, baseURL: string, lang: Language, step: Step) {
  await expect(page).toHaveURL(baseURL + wizardUrl(lang, step.options));
  const h1 = step.result ? flow.results[step.result]!.title[lang] : flow.questions[step.question!]!.text[lang];
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('h1')).toHaveText(h1);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

async function expectPrimaryContact(page: Page, lang: Language, step: Step) {
  const contact = flow.contacts[step.primary!]!;
  const main = page.getByRole('main');
  await expect(
    main.getByRole('heading', { name: contact.name[lang] }).first(),
    `primary contact ${contact.id} on ${page.url()}`,
  ).toBeVisible();
  if (contact.phone)
    await expect(
      main
        .locator(
          telHrefs(contact.phone.number)
            .map((h) => `a[href="${h}"]`)
            .join(', '),
        )
        .first(),
    ).toBeVisible();
  if (contact.email) await expect(main.locator(`a[href="mailto:${contact.email.address}"]`).first()).toBeVisible();
}

const leaves = (s: Step): number => (s.result ? 1 : [...s.children.values()].reduce((n, c) => n + leaves(c), 0));

/** Subtrees to walk: a first answer with its subtree, or, where that has many results, each second answer's. */
function units(step: Step, chain: [string, Step][]): [string, Step][][] {
  if (chain.length >= 2 || (chain.length === 1 && (step.result || leaves(step) <= 12))) return [chain];
  return [...step.children].flatMap(([o, c]) => units(c, [...chain, [o, c]]));
}

/**
 * The subtrees shared out over this many tests per language, about the same number of results each (largest
 * first, each to the test with the fewest so far). Each test starts with a page load, a take-over and a reload
 * (about 3.5 s); one test per subtree (28 per language, most with one result) spent more on that than on walking.
 */
const WALKS = 3;
function walks(all: [string, Step][][]): [string, Step][][][] {
  const shares: { chains: [string, Step][][]; results: number }[] = Array.from({ length: WALKS }, () => ({
    chains: [],
    results: 0,
  }));
  const bySize = [...all].sort((a, b) => leaves(b.at(-1)![1]) - leaves(a.at(-1)![1]));
  for (const chain of bySize) {
    const share = shares.reduce((a, b) => (b.results < a.results ? b : a));
    share.chains.push(chain);
    share.results += leaves(chain.at(-1)![1]);
  }
  return shares.filter((s) => s.chains.length > 0).map((s) => s.chains);
}

for (const lang of LANGUAGES as readonly Language[]) {
  walks(units(tree, [])).forEach((chains, k, all) => {
    const results = chains.reduce((n, chain) => n + leaves(chain.at(-1)![1]), 0);
    test(`${lang}: walk ${k + 1} of ${all.length}, every option by its label, Back after each (${results} results: ${chains.map((c) => c.map(([o]) => o).join(' → ')).join(', ')})`, async ({
      page,
      baseURL,
    }) => {
      // About 0.6 s a result on a quiet machine; the default 60 s is too little for 40 on a busy one.
      test.setTimeout(240_000);
      const base = baseURL!;
      let reloaded = false;
      const click = async (from: Step, option: string, to: Step) => {
        const label = flow.questions[from.question!]!.options.find((o) => o.id === option)!.label[lang];
        const link = optionLink(page, label);
        await expect(link, `option "${label}" on ${page.url()}`).toHaveCount(1);
        await link.click();
        await expectPage(page, base, lang, to);
      };
      const walk = async (step: Step) => {
        if (step.result) {
          await expectPrimaryContact(page, lang, step);
          if (!reloaded) {
            reloaded = true;
            await page.reload();
            await expectPage(page, base, lang, step);
            // Back from here is a same-document step handled by the app: wait until it has hydrated (a Back
            // before that changes the URL but not the page).
            await appReady(page);
            await expectPrimaryContact(page, lang, step);
          }
          return;
        }
        for (const [option, child] of step.children) {
          await click(step, option, child);
          await walk(child);
          await page.goBack();
          await expectPage(page, base, lang, step);
        }
      };
      await page.goto(`/${lang}/`);
      await expectPage(page, base, lang, tree);
      // Each subtree from the home page: down its chain by the labels, walk it, and Back to the home page.
      for (const chain of chains) {
        const visited = [tree];
        for (const [option, step] of chain) {
          await click(visited.at(-1)!, option, step);
          visited.push(step);
        }
        await walk(chain.at(-1)![1]);
        for (const step of visited.slice(0, -1).reverse()) {
          await page.goBack();
          await expectPage(page, base, lang, step);
        }
      }
    });
  });
}

// Once the first step is done, a step needs no network request of the page: the flow, the machine and the
// texts are all there. Taking the page over fetches only what the page shown needs; the first step fetches what
// the next page needs (scripts only), and then the app fetches the rest (issue 28). Allowed besides (issue 26):
// the check for a new version (/sw.js, at most once every 30 s) and the service worker's own fetches in the
// background — the pages stepped to, saved for offline use, and its first install, which the first step starts.
for (const lang of LANGUAGES as readonly Language[]) {
  const longest = coveringPaths().reduce((a, b) => (b.answers.length > a.answers.length ? b : a));
  test(`${lang}: steps after the first step make no network requests of the page (${longest.answers.map(([, o]) => o).join(' → ')})`, async ({
    page,
    context,
    baseURL,
  }) => {
    await page.goto(`/${lang}/`);
    await appReady(page);
    await networkQuiet(page);
    const requests: string[] = [];
    const byWorker: string[] = [];
    context.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (r.serviceWorker()) byWorker.push(path);
      else if (path !== '/sw.js') requests.push(r.url());
    });
    // The route map's code is what the app fetches last of all, after the first step.
    const rest = page.waitForRequest(/\/assets\/RouteMap-[^/]+\.js$/);
    for (const [i, [q, o]] of longest.answers.entries()) {
      const label = flow.questions[q]!.options.find((x) => x.id === o)!.label[lang];
      await optionLink(page, label).click();
      await expect(page).toHaveURL(
        baseURL +
          wizardUrl(
            lang,
            longest.answers.slice(0, i + 1).map(([, x]) => x),
          ),
      );
      if (i > 0) continue;
      await rest;
      await networkQuiet(page);
      const notScripts = requests.filter((url) => !/^\/assets\/[^/]+\.js$/.test(new URL(url).pathname));
      expect(notScripts, 'requests of the first step and after it that are not scripts').toEqual([]);
      requests.length = 0;
    }
    await expect(page.locator('h1')).toHaveText(flow.results[longest.result]!.title[lang]);
    await page.goBack();
    await expect(page.locator('h1')).toHaveText(flow.questions[longest.answers.at(-1)![0]]!.text[lang]);
    expect(requests, 'requests of the page during client-side steps after the first').toEqual([]);
    // What the worker fetched meanwhile, for the record (it is allowed, and not in the steps' path).
    console.log(`${lang}: the worker fetched ${byWorker.length} files during the steps`);
  });
}
