/**
 * Answers the background's `get-article` (saving to the reading list): the page's article text and
 * what the analyzer finds in it, on any page, also one the gate turned away (a reader may save
 * anything). The extractor and the analyzer are loaded only when asked, so the gate's entry chunk
 * stays small; the answer is computed from the page as it is now, so its mark offsets fit its text.
 */
import { browser, type Runtime } from '../shared/browser-lite';
import { contextAlive } from './report';

const GUARD = Symbol.for('parley.content.save');
/** Same bound as the protocol's ArticlePayload text. */
const MAX_TEXT = 300_000;

async function collect(): Promise<unknown> {
  const [{ extractArticle, readPageMeta }, { analyze }] = await Promise.all([
    import('./text/index'),
    import('../core/index'),
  ]);
  const article = extractArticle(document, { maxChars: MAX_TEXT });
  const meta = article?.meta ?? readPageMeta(document);
  // No article container found: the visible text still beats saving an empty item.
  const text = (article?.text ?? document.body?.innerText ?? '').slice(0, MAX_TEXT);
  const analysis = analyze({
    text,
    title: meta.title,
    published: meta.published,
    articleHint: meta.articleHint,
  });
  return {
    url: location.href.slice(0, 4_096),
    title: (meta.title || document.title).slice(0, 1_000),
    published: meta.published?.slice(0, 60) ?? null,
    siteName: meta.siteName?.slice(0, 200) ?? null,
    text,
    isNegotiation: analysis.isNegotiation,
    parties: analysis.parties.slice(0, 20),
    actors: analysis.actors.slice(0, 2_000).map((a) => ({
      id: a.id.slice(0, 200),
      name: a.name.slice(0, 200),
      kind: a.kind,
      side: a.side?.slice(0, 200) ?? null,
      role: a.role?.slice(0, 300) ?? null,
      mentions: a.mentions.slice(0, 2_000).map((m) => ({ start: m.start, end: m.end })),
    })),
    preconditions: analysis.preconditions
      .slice(0, 2_000)
      .map((p) => ({ ...p, text: p.text.slice(0, 2_000) })),
  };
}

function onMessage(raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (!contextAlive() || sender.id !== browser.runtime.id) return undefined;
  if ((raw as { type?: unknown } | null)?.type !== 'get-article') return undefined;
  return collect();
}

/** Registers the `get-article` answer once per page (a second injection finds it in place). */
export function registerSave(): void {
  // The holder's `alive` closes over the registering script's own context, as lifecycle.ts does:
  // a script left behind by an extension reload is dead, and a new one must register again.
  const g = globalThis as { [GUARD]?: { alive(): boolean } };
  if (g[GUARD]?.alive()) return;
  g[GUARD] = { alive: contextAlive };
  browser.runtime.onMessage.addListener(onMessage);
}
