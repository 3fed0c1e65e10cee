/**
 * Rendering captured text so it cannot lie: HTML/Markdown escaping plus visible markers for
 * characters that change how text looks without showing themselves (bidi overrides, zero-width
 * characters, controls, Unicode tag characters used for "ASCII smuggling").
 */

// C0/C1 controls except \t \n \r; soft hyphen; CGJ; Arabic letter mark; Hangul fillers; Khmer
// inherent vowels; Mongolian selectors/separator; ZWSP, ZWNJ, ZWJ, LRM, RLM; line/paragraph
// separators; LRE/RLE/PDF/LRO/RLO; word joiner, invisible operators, LRI/RLI/FSI/PDI and
// deprecated format characters; BOM/ZWNBSP; interlinear annotation; tag characters.
const INVISIBLE =
  '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5' +
  '\\u180B-\\u180F\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u206F\\u3164\\uFEFF\\uFFA0\\uFFF9-\\uFFFB\\u{E0000}-\\u{E007F}';

const HTML_RE = new RegExp(`[&<>"']|[${INVISIBLE}]`, 'gu');
const MD_RE = new RegExp(`[\\\\\`*_[\\]<>&|~#]|[${INVISIBLE}]`, 'gu');
const INVISIBLE_RE = new RegExp(`[${INVISIBLE}]`, 'gu');

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

// ZWJ/ZWNJ are meaningful, not deceptive, inside emoji sequences (👩‍💻) and between letters of
// scripts that use them for shaping (Persian ZWNJ, Indic conjuncts); everywhere else they are shown.
const JOINING_SCRIPT =
  /[\p{sc=Arabic}\p{sc=Syriac}\p{sc=Thaana}\p{sc=Nko}\p{sc=Devanagari}\p{sc=Bengali}\p{sc=Gurmukhi}\p{sc=Gujarati}\p{sc=Oriya}\p{sc=Tamil}\p{sc=Telugu}\p{sc=Kannada}\p{sc=Malayalam}\p{sc=Sinhala}\p{sc=Myanmar}\p{sc=Khmer}\p{sc=Mongolian}]/u;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;

function prevChar(s: string, offset: number): string {
  let i = offset - 1;
  // Skip an emoji presentation selector and skin-tone modifier (U+1F3FB–1F3FF, two UTF-16 units).
  if (s[i] === '\uFE0F') i--;
  const lo = s.charCodeAt(i);
  if (lo >= 0xdf3b && lo <= 0xdf3f && s.charCodeAt(i - 1) === 0xd83c) i -= 2;
  const c = s.charCodeAt(i);
  if (c >= 0xdc00 && c <= 0xdfff && i > 0) return s.slice(i - 1, i + 1);
  return s.charAt(i);
}

function nextChar(s: string, offset: number): string {
  const cp = s.codePointAt(offset + 1);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

function isMeaningfulJoiner(ch: string, offset: number, s: string): boolean {
  if (ch !== '\u200C' && ch !== '\u200D') return false;
  const before = prevChar(s, offset);
  const after = nextChar(s, offset);
  if (ch === '\u200D' && PICTOGRAPH.test(before) && PICTOGRAPH.test(after)) return true;
  return JOINING_SCRIPT.test(before) && JOINING_SCRIPT.test(after);
}

/** `⟨U+202E⟩` for one code point. */
export function codePointLabel(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  return `⟨U+${cp.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

/** Escapes & < > " ' and replaces invisible characters with a marked `⟨U+XXXX⟩` badge. */
export function escapeHtml(text: string): string {
  return text.replace(HTML_RE, (ch: string, offset: number, s: string) => {
    const entity = ENTITIES[ch];
    if (entity) return entity;
    if (isMeaningfulJoiner(ch, offset, s)) return ch;
    return `<span class="cc">${codePointLabel(ch)}</span>`;
  });
}

/** Replaces invisible characters with `⟨U+XXXX⟩` (for plain text). */
export function revealInvisible(text: string): string {
  return text.replace(INVISIBLE_RE, (ch: string, offset: number, s: string) =>
    isMeaningfulJoiner(ch, offset, s) ? ch : codePointLabel(ch),
  );
}

// GitHub-flavoured Markdown links bare URLs; an escaped colon or dot keeps them plain text.
// (The cheap pre-tests keep a 10,000-message export fast: most lines hold no URL.)
function unlink(text: string): string {
  const scheme = text.includes('://') ? text.replace(/([A-Za-z][A-Za-z0-9+.-]*):\/\//g, '$1\\://') : text;
  return /www\./i.test(scheme) ? scheme.replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\\.`) : scheme;
}

function escapeInline(text: string): string {
  return text.replace(MD_RE, (ch: string, offset: number, s: string) => {
    if (ch.length === 1 && '\\`*_[]<>&|~#'.includes(ch)) return `\\${ch}`;
    return isMeaningfulJoiner(ch, offset, s) ? ch : codePointLabel(ch);
  });
}

function escapeBlockLine(line: string): string {
  // Leading spaces would start an indented code block; NBSP looks the same and is not indentation.
  const out = line.replace(/^[ \t]+/, (ws) => ws.replace(/ /g, '\u00A0').replace(/\t/g, '\u00A0'.repeat(4)));
  // Block markers that only mean something at the start of a line: lists, setext underlines.
  return out.replace(/^(\u00A0*)([-+=])/, '$1\\$2').replace(/^(\u00A0*\d+)([.)])/, '$1\\$2');
}

/**
 * Captured multi-line text as inert Markdown blocks, one string per line: metacharacters
 * backslash-escaped, line-start markers and bare URLs neutralised, invisible characters shown as
 * `⟨U+XXXX⟩`.
 */
export function escapeMarkdownLines(text: string): string[] {
  return unlink(escapeInline(text))
    .split(/\r\n|\r|\n/)
    .map(escapeBlockLine);
}

/** Captured text placed inside a line (names, titles, URLs): line breaks become spaces. */
export function escapeMarkdown(text: string): string {
  return unlink(escapeInline(text)).replace(/\r\n|\r|\n/g, ' ');
}
