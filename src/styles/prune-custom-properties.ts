// Build-time: drop the design-token custom properties no rule uses. The voorbeeld theme defines some 2,700
// tokens for every NL Design System component (16 KB gzip); a page that uses a dozen components needs a
// few hundred. A token is kept when a declaration that is not itself a token definition uses it, or when
// a kept token's value uses it (tokens refer to tokens). Values are scanned with quotes and brackets in
// mind, since some hold data: URLs with ";" inside.
const VAR_USE = /var\(\s*(--[\w-]+)/g;

interface Declaration {
  name: string;
  value: string;
  /** [start, end) of the whole declaration, including its ";" when present */
  start: number;
  end: number;
}

/** Every `--name: value` declaration in the stylesheet. */
function customPropertyDeclarations(css: string): Declaration[] {
  const out: Declaration[] = [];
  const re = /(?<=[{;]\s*)--[\w-]+\s*:/g;
  for (let m = re.exec(css); m; m = re.exec(css)) {
    const start = m.index;
    let i = start + m[0].length;
    let depth = 0;
    let quote = '';
    for (; i < css.length; i++) {
      const c = css[i]!;
      if (quote) {
        if (c === '\\') i++;
        else if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '(' || c === '[') depth++;
      else if (c === ')' || c === ']') depth--;
      else if (depth === 0 && (c === ';' || c === '}')) break;
    }
    const end = css[i] === ';' ? i + 1 : i;
    out.push({ name: m[0].slice(0, m[0].indexOf(':')).trim(), value: css.slice(start + m[0].length, i), start, end });
    re.lastIndex = i;
  }
  return out;
}

/** Removes unused custom-property declarations from a set of stylesheets (usage is counted across all). */
export function pruneCustomProperties(sheets: string[]): string[] {
  const decls = sheets.map(customPropertyDeclarations);
  const definitions = new Map<string, string[]>();
  for (const d of decls.flat()) definitions.set(d.name, [...(definitions.get(d.name) ?? []), d.value]);

  // Uses outside token definitions: the CSS with every definition cut out.
  const used = new Set<string>();
  sheets.forEach((css, s) => {
    let rest = '';
    let at = 0;
    for (const d of decls[s]!) {
      rest += css.slice(at, d.start);
      at = d.end;
    }
    rest += css.slice(at);
    for (const m of rest.matchAll(VAR_USE)) used.add(m[1]!);
  });
  // …and every token a used token refers to, transitively.
  const queue = [...used];
  while (queue.length > 0) {
    for (const value of definitions.get(queue.pop()!) ?? []) {
      for (const m of value.matchAll(VAR_USE)) {
        if (!used.has(m[1]!)) {
          used.add(m[1]!);
          queue.push(m[1]!);
        }
      }
    }
  }

  return sheets.map((css, s) => {
    let out = '';
    let at = 0;
    for (const d of decls[s]!) {
      if (used.has(d.name)) continue;
      out += css.slice(at, d.start);
      at = d.end;
    }
    return out + css.slice(at);
  });
}
