// security.txt comes from the launch settings (scripts/security-txt.mjs), with safe defaults for tests and a
// warning when they are missing; a set but unusable value stops the build.
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { securitySettings, securityTxt } from '../../scripts/security-txt.mjs';

type Settings = { origin: string; contact: string; missing: string[] };
const settings = (env: Record<string, string>) => securitySettings(env) as Settings;

describe('security.txt from the launch settings', () => {
  it('uses the public origin and the security contact, and names nothing missing', () => {
    const s = settings({ WEGWIJZER_PUBLIC_ORIGIN: 'https://wegwijzer.example.org/', WEGWIJZER_SECURITY_CONTACT: 'https://example.org/cvd' });
    expect(s).toEqual({ origin: 'https://wegwijzer.example.org', contact: 'https://example.org/cvd', missing: [] });
    const text = securityTxt(s, new Date('2026-11-30T00:00:00Z')) as string;
    expect(text).toContain('Contact: https://example.org/cvd\n');
    expect(text).toContain('Canonical: https://wegwijzer.example.org/.well-known/security.txt\n');
    expect(text).toContain('Expires: 2027-05-29T00:00:00.000Z\n');
    expect(text).toContain('Preferred-Languages: nl, en\n');
  });

  it('falls back to the report address as mailto contact', () => {
    expect(settings({ WEGWIJZER_PUBLIC_ORIGIN: 'https://w.example.org', WEGWIJZER_REPORT_EMAIL: 'meld@example.org' }).contact).toBe('mailto:meld@example.org');
  });

  it('has defaults for a local build, and names each missing setting', () => {
    const s = settings({});
    expect(s.origin).toBe('http://127.0.0.1:8080');
    expect(s.missing).toHaveLength(2);
    expect(s.missing.join(' ')).toMatch(/WEGWIJZER_PUBLIC_ORIGIN.*WEGWIJZER_SECURITY_CONTACT/);
  });

  it('refuses an origin with a path and a contact that is neither mailto: nor https:', () => {
    expect(() => settings({ WEGWIJZER_PUBLIC_ORIGIN: 'https://example.org/wegwijzer' })).toThrow(/without a path/);
    expect(() => settings({ WEGWIJZER_PUBLIC_ORIGIN: 'javascript:alert(1)' })).toThrow(/WEGWIJZER_PUBLIC_ORIGIN/);
    expect(() => settings({ WEGWIJZER_SECURITY_CONTACT: 'http://example.org/cvd' })).toThrow(/mailto/);
    expect(() => settings({ WEGWIJZER_SECURITY_CONTACT: 'mailto:x\nEvil: y' })).toThrow(/mailto/);
  });
});
