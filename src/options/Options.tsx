/**
 * The options page, small for now: what Parley does with your data, in plain words, and the news
 * sites it reads by itself (read-only until the site settings land).
 */
import { sitesFromMatches } from '../storage/settings-sites';

export function Options({ matches }: { matches: readonly string[] }) {
  const sites = sitesFromMatches(matches);
  return (
    <main>
      <h1>Parley settings</h1>
      <section aria-labelledby="privacy-h">
        <h2 id="privacy-h">Your data stays on this device</h2>
        <ul>
          <li>
            Parley reads news pages inside your browser. It sends nothing anywhere: no server, no analytics.
          </li>
          <li>What it found on an open tab is kept only until you close the tab.</li>
          <li>
            Articles you save to the reading list are kept in this browser's extension storage until you
            delete them.
          </li>
          <li>
            Parley changes nothing on the pages you read; its marks are painted on top and vanish with "Hide
            marks".
          </li>
          <li>On sites outside the list below it runs only when you ask it to ("Annotate this page").</li>
        </ul>
      </section>
      <section aria-labelledby="sites-h">
        <h2 id="sites-h">News sites Parley reads by itself ({sites.length})</h2>
        <ul class="sites" data-testid="sites">
          {sites.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </section>
    </main>
  );
}
