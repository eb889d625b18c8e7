// Addresses of a view outside the app: the embed page (/embed with the permalink's state plus its
// own title and legend options), the app itself, and the <iframe> snippet that embeds it.
import { toQuery, type ViewState } from '../graph/view-url.ts';
import { escapeHtml } from '../export/html-text.ts';

export interface EmbedOptions {
  /** Shown above the graph; none when null. */
  title: string | null;
  legend: boolean;
}

export const embedPath = '/embed';

export function toEmbedUrl(origin: string, view: ViewState, options: EmbedOptions): string {
  const params = new URLSearchParams(toQuery(view));
  const title = options.title?.trim();
  if (title) params.set('title', title.slice(0, 200));
  if (options.legend) params.set('legend', '1');
  return `${origin}${embedPath}?${params.toString()}`;
}

/** The embed page's own options; the view itself is read by fromQuery like any link. */
export function readEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const title = params.get('title')?.trim().slice(0, 200);
  return { title: title || null, legend: params.get('legend') === '1' };
}

export function toAppUrl(origin: string, view: ViewState): string {
  const query = toQuery(view);
  return `${origin}/${query ? `?${query}` : ''}`;
}

export interface FrameSize {
  width: number;
  height: number;
}

export function toIframeSnippet(url: string, size: FrameSize, title: string | null): string {
  const label = title?.trim() || 'Citation graph from Resograph';
  return `<iframe src="${escapeHtml(url)}" width="${Math.round(size.width)}" height="${Math.round(size.height)}" title="${escapeHtml(label)}" style="border:1px solid #dde3ea;border-radius:8px" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
}
