// Escaping for documents the exporters write: text in HTML, and data or code inside a <script>.

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * JSON that is safe inside <script type="application/json">: no `<` at all (so neither `</script`
 * nor `<!--` can end or bend the element), and no U+2028/U+2029 line separators.
 */
export function toScriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

/**
 * JavaScript source that is safe inline: `</script` and `<!--` only ever occur inside string or
 * regular-expression literals of minified code, where `<\/` and `<\!` mean the same characters.
 */
export function toInlineScript(source: string): string {
  return source.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}
