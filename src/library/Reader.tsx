/**
 * The offline reader: the saved text of one article with its marks (actors by side, precondition
 * sentences by stance), read from the store, so it works without the network and after the page
 * changed or vanished. Text is rendered as text nodes only.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SavedArticle } from '../reading-list/model';
import { readingListStore } from '../storage/reading-list/index';
import { paragraphRuns } from './marks';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** CSS class of an actor's mark: the first party, the second, everyone else. */
function sideClass(article: SavedArticle, actorId: string): string {
  const actor = article.annotations.actors.find((a) => a.id === actorId);
  const [first, second] = article.annotations.parties;
  const names = new Map(article.annotations.actors.map((a) => [a.id, a.name]));
  const side = actor?.kind === 'country' || actor?.kind === 'bloc' ? actor.name : actor?.side;
  if (actorId === first || (side && side === names.get(first ?? ''))) return 'mark-side-a';
  if (actorId === second || (side && side === names.get(second ?? ''))) return 'mark-side-b';
  return 'mark-side-other';
}

export function Reader({ url }: { url: string }) {
  const [article, setArticle] = useState<SavedArticle | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    readingListStore()
      .then((s) => s.get(url))
      .then((a) => live && setArticle(a ?? null))
      .catch((e: unknown) => live && setError(errorText(e)));
    return () => {
      live = false;
    };
  }, [url]);

  const paragraphs = useMemo(() => (article ? paragraphRuns(article) : []), [article]);

  useEffect(() => {
    if (article) document.title = `${article.title} · Parley`;
  }, [article]);

  if (error) return <p role="alert">The article could not be read: {error}</p>;
  if (article === undefined) return <p class="muted">Loading…</p>;
  if (article === null) return <p role="alert">This article is not in the reading list (any more).</p>;

  const names = new Map(article.annotations.actors.map((a) => [a.id, a.name]));
  return (
    <article class="reader" data-testid="reader">
      <p>
        <a href="?">← Reading list</a>
      </p>
      <h1>{article.title}</h1>
      <p class="muted">
        {article.site}
        {article.published && ` · published ${article.published.slice(0, 10)}`} · saved{' '}
        {new Date(article.savedAt).toISOString().slice(0, 10)} ·{' '}
        <a href={article.url} target="_blank" rel="noopener noreferrer">
          original page
        </a>
      </p>
      {article.annotations.actors.length > 0 && (
        <p class="reader-legend">
          {article.annotations.actors.map((a) => (
            <span key={a.id} class={`mark ${sideClass(article, a.id)}`}>
              {a.name}
            </span>
          ))}
        </p>
      )}
      {article.note && <p class="reader-note">{article.note}</p>}
      {article.text === '' && (
        <p class="muted">
          Only the address was saved for this page (its text could not be read when it was saved).
        </p>
      )}
      <div class="reader-text">
        {paragraphs.map((runs, i) => (
          <p key={i}>
            {runs.map((r, j) => {
              const p = r.precondition === null ? null : article.annotations.preconditions[r.precondition];
              const cls = [r.actor && `mark ${sideClass(article, r.actor)}`, p && `cond cond-${p.stance}`]
                .filter(Boolean)
                .join(' ');
              if (!cls) return r.text;
              const title = p
                ? `${names.get(p.holder) ?? p.holder}: ${p.stance} (${p.issue.replace(/_/g, ' ')})`
                : (names.get(r.actor ?? '') ?? undefined);
              return (
                <span key={j} class={cls} title={title} data-actor={r.actor ?? undefined}>
                  {r.text}
                </span>
              );
            })}
          </p>
        ))}
      </div>
      {article.truncated && <p class="muted">The saved text was cut at Parley's length limit.</p>}
    </article>
  );
}
