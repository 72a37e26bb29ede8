// The launch settings (scripts/launch-settings.mjs) in one place, with safe defaults for tests and a warning
// when they are missing; a set but unusable value stops the build. The files made from them
// (scripts/launch-files.mjs): security.txt and publiccode.yml.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM script without types
import { launchSettings } from '../../scripts/launch-settings.mjs';
// @ts-expect-error plain ESM script without types
import { publiccodeYml, securityTxt } from '../../scripts/launch-files.mjs';

type Settings = {
  origin: string;
  reportEmail?: string;
  securityContact: string;
  maintainer: { name: string; email: string };
  missing: string[];
};
const settings = (env: Record<string, string>) => launchSettings(env) as Settings;
const LIVE = {
  WEGWIJZER_PUBLIC_ORIGIN: 'https://wegwijzer.example.org/',
  WEGWIJZER_REPORT_EMAIL: 'meld@example.org',
  WEGWIJZER_SECURITY_CONTACT: 'https://example.org/cvd',
  WEGWIJZER_MAINTAINER_NAME: 'Team Wegwijzer',
};

describe('launch settings', () => {
  it('uses what a deployment sets, and names nothing missing', () => {
    const s = settings(LIVE);
    expect(s).toEqual({
      origin: 'https://wegwijzer.example.org',
      reportEmail: 'meld@example.org',
      securityContact: 'https://example.org/cvd',
      maintainer: { name: 'Team Wegwijzer', email: 'meld@example.org' },
      missing: [],
    });
  });

  it('falls back to the report address for the security contact and the maintainer', () => {
    const s = settings({
      WEGWIJZER_PUBLIC_ORIGIN: 'https://w.example.org',
      WEGWIJZER_REPORT_EMAIL: 'meld@example.org',
    });
    expect(s.securityContact).toBe('mailto:meld@example.org');
    expect(s.maintainer.email).toBe('meld@example.org');
  });

  it('has defaults for a local build, and names each missing setting', () => {
    const s = settings({});
    expect(s.origin).toBe('http://127.0.0.1:8080');
    expect(s.missing.join(' ')).toMatch(
      /WEGWIJZER_PUBLIC_ORIGIN.*WEGWIJZER_REPORT_EMAIL.*WEGWIJZER_SECURITY_CONTACT.*WEGWIJZER_MAINTAINER_NAME/,
    );
  });

  it('refuses values it cannot use', () => {
    expect(() => settings({ WEGWIJZER_PUBLIC_ORIGIN: 'https://example.org/wegwijzer' })).toThrow(/without a path/);
    expect(() => settings({ WEGWIJZER_PUBLIC_ORIGIN: 'javascript:alert(1)' })).toThrow(/WEGWIJZER_PUBLIC_ORIGIN/);
    expect(() => settings({ WEGWIJZER_PUBLIC_ORIGIN: 'https://user:pw@example.org' })).toThrow(
      /WEGWIJZER_PUBLIC_ORIGIN/,
    );
    expect(() => settings({ WEGWIJZER_SECURITY_CONTACT: 'http://example.org/cvd' })).toThrow(/mailto/);
    expect(() => settings({ WEGWIJZER_SECURITY_CONTACT: 'mailto:x\nEvil: y' })).toThrow(/mailto/);
    expect(() => settings({ WEGWIJZER_REPORT_EMAIL: 'not an address' })).toThrow(/WEGWIJZER_REPORT_EMAIL/);
    expect(() => settings({ WEGWIJZER_MAINTAINER_NAME: 'a"\nmaintenance: evil' })).toThrow(/WEGWIJZER_MAINTAINER_NAME/);
  });
});

describe('files from the launch settings', () => {
  it('security.txt: contact, expiry half a year ahead, canonical address', () => {
    const text = securityTxt(settings(LIVE), new Date('2026-11-30T00:00:00Z')) as string;
    expect(text).toContain('Contact: https://example.org/cvd\n');
    expect(text).toContain('Canonical: https://wegwijzer.example.org/.well-known/security.txt\n');
    expect(text).toContain('Expires: 2027-05-29T00:00:00.000Z\n');
    expect(text).toContain('Preferred-Languages: nl, en\n');
  });

  it('publiccode.yml: the maintainer and the landing page of this deployment, the rest as in the repository', () => {
    const template = readFileSync('publiccode.yml', 'utf8');
    const text = publiccodeYml(template, settings(LIVE)) as string;
    expect(text).toContain('    - name: "Team Wegwijzer"\n      email: "meld@example.org"');
    expect(text).toContain('landingURL: "https://wegwijzer.example.org/"');
    expect(text).not.toContain('wegwijzer@example.nl');
    expect(text.replace(/ {4}- name: .*\n {6}email: .*/, '').replace(/^landingURL:.*\n/m, '')).toBe(
      template.replace(/ {4}- name: .*\n {6}email: .*/, '').replace(/^landingURL:.*\n/m, ''),
    );
  });
});
