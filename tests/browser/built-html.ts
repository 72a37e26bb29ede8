// The built pages read as a browser reads them: jsdom's parser (parse5, the WHATWG parsing algorithm) and its
// DOM, instead of regular expressions over the HTML text. One window's DOMParser serves every page: no scripts
// run, no resources load. Plain Node, for the specs that check the files in dist/ without a browser.
import { JSDOM } from 'jsdom';

const parser = new new JSDOM('').window.DOMParser();

/** A built HTML page as a document. */
export function parseHtml(html: string): Document {
  return parser.parseFromString(html, 'text/html');
}

/** An XML file (the sitemap) as a document. */
export function parseXml(xml: string): Document {
  return parser.parseFromString(xml, 'application/xml');
}

/** The text of a node as a reader gets it: entities decoded, runs of white space folded to one space. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
