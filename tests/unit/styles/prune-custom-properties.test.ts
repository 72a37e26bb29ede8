import { describe, expect, it } from 'vitest';
import { pruneCustomProperties } from '../../../src/styles/prune-custom-properties';

describe('pruneCustomProperties', () => {
  it('keeps tokens a rule uses and the tokens they refer to, drops the rest', () => {
    const css = `.t{--a: var(--b);--b: red;--c: blue;--d: url("data:x;y");}.x{color:var(--a)}`;
    expect(pruneCustomProperties([css])).toEqual([`.t{--a: var(--b);--b: red;}.x{color:var(--a)}`]);
  });

  it('counts uses across stylesheets and keeps a token used with a fallback', () => {
    const [theme, app] = pruneCustomProperties([`.t{--a:1px;--b:2px;--e:3px}`, `.y{margin:var(--e, var(--a))}`]);
    expect(theme).toBe(`.t{--a:1px;--e:3px}`);
    expect(app).toBe(`.y{margin:var(--e, var(--a))}`);
  });

  it('does not cut at a ";" inside a quoted value', () => {
    const css = `.t{--i: url("data:image/svg+xml;utf8,<svg/>");--k:1}.z{background:var(--i)}`;
    expect(pruneCustomProperties([css])).toEqual([
      `.t{--i: url("data:image/svg+xml;utf8,<svg/>");}.z{background:var(--i)}`,
    ]);
  });
});
