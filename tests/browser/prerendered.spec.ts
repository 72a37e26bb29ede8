// Routing, cheaply and completely, without a browser: every path of the flow has its prerendered result page
// in every language, naming the expected primary contact with its tel: and mailto: links; every question
// page on a path exists too. Plain fs on dist/ (built by the stage before), read with an HTML parser.
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseHtml, textOf } from './built-html';
import { distFileFor, flow, LANGUAGES, pages, paths, requireBuild, telHrefs, wizardUrl } from './site';

const hrefs = (part: ParentNode) => [...part.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!);

/** The primary contact's part of a result page; the whole main when the page has no such section. */
function primaryPart(doc: Document): Element {
  return doc.querySelector('section.ww-result__primary') ?? doc.querySelector('main') ?? doc.documentElement;
}

test.beforeAll(() => requireBuild());

for (const lang of LANGUAGES) {
  test(`every path's result page names its primary contact (${lang}, ${paths.length} paths)`, () => {
    const problems: string[] = [];
    for (const p of paths) {
      const url = wizardUrl(
        lang,
        p.answers.map(([, o]) => o),
      );
      const file = distFileFor(url);
      if (!existsSync(file)) {
        problems.push(`${url}: not prerendered (${file} missing)`);
        continue;
      }
      const doc = parseHtml(readFileSync(file, 'utf8'));
      const contact = flow.contacts[p.primary]!;
      const part = primaryPart(doc);
      const title = flow.results[p.result]!.title[lang];
      if (!textOf(doc.body).includes(title)) problems.push(`${url}: result title "${title}" (${p.result}) missing`);
      const name = contact.name[lang];
      if (!textOf(part).includes(name)) problems.push(`${url}: primary contact "${name}" (${contact.id}) missing`);
      const links = hrefs(part);
      if (contact.phone && !telHrefs(contact.phone.number).some((h) => links.includes(h))) {
        problems.push(`${url}: no ${telHrefs(contact.phone.number).join(' or ')} link for ${contact.id}`);
      }
      if (contact.email && !links.includes(`mailto:${contact.email.address}`))
        problems.push(`${url}: no mailto:${contact.email.address} link for ${contact.id}`);
      if (doc.documentElement.lang !== lang) problems.push(`${url}: <html lang="${lang}"> missing`);
    }
    expect(problems.length, problems.join('\n')).toBe(0);
  });

  test(`every question page is prerendered with its question as the only h1 (${lang}, ${pages.length} pages)`, () => {
    const problems: string[] = [];
    for (const page of pages) {
      const url = wizardUrl(lang, page.options);
      const file = distFileFor(url);
      if (!existsSync(file)) {
        problems.push(`${url}: not prerendered`);
        continue;
      }
      const h1s = [...parseHtml(readFileSync(file, 'utf8')).querySelectorAll('h1')].map((h1) => textOf(h1));
      const expected =
        page.kind === 'question' ? flow.questions[page.node]!.text[lang] : flow.results[page.node]!.title[lang];
      if (h1s.length !== 1 || h1s[0] !== expected)
        problems.push(`${url}: expected one h1 "${expected}", found ${JSON.stringify(h1s)}`);
    }
    expect(problems.length, problems.join('\n')).toBe(0);
  });
}
