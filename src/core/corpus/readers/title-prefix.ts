/**
 * "nd: Das Streikrecht ist kein Betriebsunfall": a <title> that sets the site's name before the headline, as others
 * set it after ("Headline | Outlet"). The prefix is the outlet only when the rest is the page's headline word for
 * word and the copyright footer names it again ("© nd.Genossenschaft eG · nd-aktuell.de"): a rubric before the
 * headline ("Kommentar: …", "Liveblog: …") is not in the footer, and a headline with a colon of its own is in the <h1> whole.
 */
import { squash, type Sourced } from '../text.js';

interface TitledDocument {
  querySelector(selector: string): { textContent: string | null; getAttribute(name: string): string | null } | null;
}

/** The site's name the <title> sets before the headline, confirmed by the footer line; null otherwise. */
export function titlePrefixOutlet(doc: TitledDocument, footer: string): Sourced | null {
  const title = squash(doc.querySelector('title')?.textContent ?? '');
  const m = title.match(/^([^:]{1,30}):\s+(.+)$/);
  if (!m || m[1]!.split(' ').length > 3) return null;
  const [, prefix, rest] = m;
  const headlines = [doc.querySelector('h1')?.textContent, doc.querySelector('meta[property="og:title"]')?.getAttribute('content')].map((h) => squash(h ?? ''));
  if (!headlines.includes(rest!)) return null;
  const escaped = prefix!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (!new RegExp(`(?:^|[^\\p{L}])${escaped}(?![\\p{L}])`, 'u').test(footer)) return null;
  return { value: prefix!, source: `page: <title> prefix "${prefix}", named again in the footer` };
}
