// Routing, cheaply and completely, without a browser: every path of the flow has its prerendered result page
// in every language, naming the expected primary contact with its tel: and mailto: links; every question
// page on a path exists too. Plain fs on dist/ (built by the stage before).
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { distFileFor, flow, LANGUAGES, pages, paths, requireBuild, telHrefs, wizardUrl } from './site';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}
const text = (html: string) =>
  decode(html.replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => decode(m[1]!));

/** The primary contact's part of a result page; the whole main when the page has no such section. */
function primaryPart(html: string): string {
  const section = html.match(/<section[^>]*class="[^"]*ww-result__primary[^"]*"[^>]*>([\s\S]*?)<\/section>/);
  if (section) return section[1]!;
  return html.match(/<main[\s\S]*<\/main>/)?.[0] ?? html;
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
      const html = readFileSync(file, 'utf8');
      const contact = flow.contacts[p.primary]!;
      const part = primaryPart(html);
      const title = flow.results[p.result]!.title[lang];
      if (!text(html).includes(title)) problems.push(`${url}: result title "${title}" (${p.result}) missing`);
      const name = contact.name[lang];
      if (!text(part).includes(name)) problems.push(`${url}: primary contact "${name}" (${contact.id}) missing`);
      const links = hrefs(part);
      if (contact.phone && !telHrefs(contact.phone.number).some((h) => links.includes(h))) {
        problems.push(`${url}: no ${telHrefs(contact.phone.number).join(' or ')} link for ${contact.id}`);
      }
      if (contact.email && !links.includes(`mailto:${contact.email.address}`))
        problems.push(`${url}: no mailto:${contact.email.address} link for ${contact.id}`);
      if (!new RegExp(`<html[^>]*\\slang="${lang}"`).test(html)) problems.push(`${url}: <html lang="${lang}"> missing`);
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
      const html = readFileSync(file, 'utf8');
      const h1s = [...html.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map((m) => text(m[1]!).trim());
      const expected =
        page.kind === 'question' ? flow.questions[page.node]!.text[lang] : flow.results[page.node]!.title[lang];
      if (h1s.length !== 1 || h1s[0] !== expected)
        problems.push(`${url}: expected one h1 "${expected}", found ${JSON.stringify(h1s)}`);
    }
    expect(problems.length, problems.join('\n')).toBe(0);
  });
}
