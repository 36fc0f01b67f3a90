// A small document model (headings, paragraphs, lists, tables, with links) and its two renderers: Markdown for
// reading in any editor, and one self-contained, printable HTML page (no external resources, everything escaped).

export type Inline = string | { readonly text: string; readonly href: string } | { readonly strong: string };
export type Text = readonly Inline[];

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string; readonly id: string }
  | { readonly kind: 'para'; readonly text: Text }
  | { readonly kind: 'list'; readonly items: readonly Text[] }
  | { readonly kind: 'table'; readonly head: readonly string[]; readonly rows: readonly (readonly Text[])[] };

export const heading = (level: 1 | 2 | 3, text: string, id: string): Block => ({ kind: 'heading', level, text, id });
export const para = (...text: Inline[]): Block => ({ kind: 'para', text });
export const list = (items: readonly Text[]): Block => ({ kind: 'list', items });
export const table = (head: readonly string[], rows: readonly (readonly Text[])[]): Block => ({
  kind: 'table',
  head,
  rows,
});
export const link = (text: string, id: string): Inline => ({ text, href: `#${id}` });

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens; so Markdown links work there too. */
export function anchorOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

// ---- Markdown ----

/**
 * Escapes what Markdown would read as markup, and nothing else, so the file stays easy to read as plain text:
 * a lone "*" (the star key) stays as it is; "*" or "_" touching a word is escaped.
 */
export const escapeMarkdown = (s: string): string =>
  s
    .replace(/[\\`[\]<>|]/g, (c) => `\\${c}`)
    .replace(/(?<=\S)[*_]|[*_](?=\S)/g, (c) => `\\${c}`)
    .replace(/^#/, '\\#')
    .replace(/\n/g, ' ');

function inlineMd(text: Text): string {
  return text
    .map((part) => {
      if (typeof part === 'string') return escapeMarkdown(part);
      // Inside ** **, a lone star would close the emphasis too: escape every one.
      if ('strong' in part) return `**${escapeMarkdown(part.strong).replace(/(?<!\\)[*_]/g, '\\$&')}**`;
      return `[${escapeMarkdown(part.text)}](${part.href})`;
    })
    .join('');
}

export function toMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${escapeMarkdown(b.text)}`);
        break;
      case 'para':
        out.push(inlineMd(b.text));
        break;
      case 'list':
        out.push(b.items.map((item) => `- ${inlineMd(item)}`).join('\n'));
        break;
      case 'table':
        out.push(
          [
            `| ${b.head.map(escapeMarkdown).join(' | ')} |`,
            `| ${b.head.map(() => '---').join(' | ')} |`,
            ...b.rows.map((row) => `| ${row.map(inlineMd).join(' | ')} |`),
          ].join('\n'),
        );
        break;
    }
  }
  return `${out.join('\n\n')}\n`;
}

// ---- HTML ----

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** A number as read ("1, 8 8 8, 3 7 3") stays on one line when printed. */
const keepNumbers = (html: string): string => html.replace(/\d(?:,? \d)+/g, (n) => `<span class="num">${n}</span>`);

function inlineHtml(text: Text): string {
  return text
    .map((part) => {
      if (typeof part === 'string') return keepNumbers(escapeHtml(part));
      if ('strong' in part) return `<strong>${escapeHtml(part.strong)}</strong>`;
      return `<a href="${escapeHtml(part.href)}">${escapeHtml(part.text)}</a>`;
    })
    .join('');
}

const STYLE = `
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1a1a1a;
  max-width: 70rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 1.7rem; } h2 { font-size: 1.35rem; margin-top: 2.2rem; border-bottom: 2px solid #444; }
h3 { font-size: 1.1rem; margin-top: 1.8rem; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #999; padding: 0.3rem 0.45rem; vertical-align: top; text-align: left; }
th { background: #eee; }
td.n { white-space: nowrap; text-align: right; }
.num { white-space: nowrap; }
a { color: #0645ad; }
ul { padding-left: 1.3rem; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  h2 { break-before: page; } h2:first-of-type { break-before: auto; }
  h3, table, tr { break-inside: avoid; } h3 { break-after: avoid; }
}`;

/** Cells that hold only a number (seconds, key) are right-aligned and kept on one line. */
const isNumberCell = (text: Text): boolean =>
  text.length === 1 && typeof text[0] === 'string' && /^[\d.,]+$/.test(text[0]);

export function toHtml(blocks: readonly Block[], title: string, lang = 'en'): string {
  const body = blocks.map((b) => {
    switch (b.kind) {
      case 'heading':
        return `<h${b.level} id="${escapeHtml(b.id)}">${escapeHtml(b.text)}</h${b.level}>`;
      case 'para':
        return `<p>${inlineHtml(b.text)}</p>`;
      case 'list':
        return `<ul>\n${b.items.map((i) => `<li>${inlineHtml(i)}</li>`).join('\n')}\n</ul>`;
      case 'table':
        return [
          '<table>',
          `<thead><tr>${b.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
          '<tbody>',
          ...b.rows.map(
            (row) =>
              `<tr>${row.map((cell) => (isNumberCell(cell) ? `<td class="n">${inlineHtml(cell)}</td>` : `<td>${inlineHtml(cell)}</td>`)).join('')}</tr>`,
          ),
          '</tbody></table>',
        ].join('\n');
    }
  });
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}\n</style>`,
    '</head>',
    '<body>',
    ...body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
