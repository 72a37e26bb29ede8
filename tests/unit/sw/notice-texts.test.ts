// @vitest-environment jsdom
// The service worker's notices read their texts without i18next (src/sw/notice-texts.ts): every language's,
// with the page's language chosen when the notice is shown. A saved copy says why it is shown.
import { afterEach, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/flow/languages';
import { fill, noticeTexts } from '../../../src/sw/notice-texts';
import { savedCopy } from '../../../src/sw/register';

afterEach(() => {
  document.documentElement.lang = '';
  document.head.replaceChildren();
});

describe('notice texts', () => {
  it('has every text in every language, each its own', () => {
    const seen = new Set<string>();
    for (const lang of LANGUAGES) {
      document.documentElement.lang = lang;
      const texts = noticeTexts();
      const all = [texts.update.message, texts.update.action, ...Object.values(texts.saved)];
      expect(all).toHaveLength(6);
      for (const text of all) {
        expect(text.trim(), lang).not.toBe('');
        expect(seen.has(text), `${lang}: ${text}`).toBe(false);
        seen.add(text);
      }
    }
  });

  it('tells a slow site from an unreachable one, in both languages', () => {
    document.documentElement.lang = 'nl';
    expect(noticeTexts().saved.slow).toContain('traag');
    expect(noticeTexts().saved.slow).not.toContain('niet bereikbaar');
    expect(noticeTexts().saved.offline).toContain('niet bereikbaar');
    document.documentElement.lang = 'en';
    expect(noticeTexts().saved.slowUndated).toContain('slowly');
    expect(noticeTexts().saved.slowUndated).not.toContain('could not be reached');
  });

  it('falls back to the default language for a page without a known language', () => {
    document.documentElement.lang = 'xx';
    expect(noticeTexts().update.message).toBe('Er is een nieuwe versie.');
  });

  it('fills in placeholders as plain text', () => {
    expect(fill('van {{date}}: {{other}}', { date: '<b>1 december</b>' })).toBe('van <b>1 december</b>: {{other}}');
  });

  it("reads the worker's mark on a saved copy: its date and why", () => {
    expect(savedCopy()).toBeUndefined();
    document.head.innerHTML =
      '<meta name="wegwijzer-saved" content="Mon, 07 Dec 2026 09:00:00 GMT" data-reason="slow">';
    expect(savedCopy()).toEqual({ date: new Date('2026-12-07T09:00:00Z'), reason: 'slow' });
    document.head.innerHTML = '<meta name="wegwijzer-saved" content="">';
    expect(savedCopy()).toEqual({ date: new Date(0), reason: 'offline' });
  });
});
