/**
 * News sites: the built-in ones with an on/off switch each, and sites the user added (asking the
 * browser for that site's permission in the click that adds it; removing gives it back).
 */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../storage/settings';
import { builtInCovering, hostOfPattern, parseSite } from '../storage/settings-sites';
import { addSite, grantedSites, removeSite, updateSettings } from './api';

export function SitesSection({ settings, builtIn }: { settings: Settings; builtIn: readonly string[] }) {
  const off = new Set(settings.disabledSites);
  const toggle = (site: string, on: boolean) => {
    const next = on ? settings.disabledSites.filter((s) => s !== site) : [...settings.disabledSites, site];
    void updateSettings({ disabledSites: next });
  };
  const allOn = off.size === 0;
  return (
    <section aria-labelledby="sites-h">
      <h2 id="sites-h">News sites</h2>
      <p class="hint">
        Parley reads these sites by itself. Switch a site off and Parley does nothing there (it does not even
        look at the page); you can still save an article from it to the reading list.
      </p>
      <p>
        <button
          type="button"
          onClick={() => void updateSettings({ disabledSites: allOn ? [...builtIn] : [] })}
        >
          {allOn ? 'Switch all off' : 'Switch all on'}
        </button>
      </p>
      <ul class="sites" data-testid="sites">
        {builtIn.map((site) => (
          <li key={site}>
            <label class="switch">
              <input
                type="checkbox"
                role="switch"
                checked={!off.has(site)}
                onChange={(e) => toggle(site, e.currentTarget.checked)}
              />
              <span>{site}</span>
            </label>
          </li>
        ))}
      </ul>
      <AddedSites settings={settings} builtIn={builtIn} />
    </section>
  );
}

function AddedSites({ settings, builtIn }: { settings: Settings; builtIn: readonly string[] }) {
  const [input, setInput] = useState('');
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [granted, setGranted] = useState<Set<string> | null>(null);
  const added = settings.addedSites;

  useEffect(() => {
    void grantedSites(added).then(setGranted);
  }, [added.join('\n')]);

  const onSubmit = (e: Event) => {
    e.preventDefault();
    const parsed = parseSite(input);
    if (!parsed.ok) {
      setMessage({ error: true, text: parsed.error });
      return;
    }
    const covered = builtInCovering(parsed.host, builtIn);
    if (covered) {
      setMessage({
        error: true,
        text: `${covered} is already one of the built-in sites above; switch it on there.`,
      });
      return;
    }
    if (added.includes(parsed.pattern) && granted?.has(parsed.pattern)) {
      setMessage({ error: false, text: `${parsed.host} is already in your list.` });
      return;
    }
    setBusy(true);
    // No await before this call: the browser shows its permission prompt only inside the click.
    void addSite(parsed.pattern)
      .then((reply) => {
        if (reply.ok) {
          setInput('');
          setMessage({
            error: false,
            text: `Added ${parsed.host}. Reload its open pages for Parley to read them.`,
          });
        } else setMessage({ error: true, text: reply.error });
      })
      .finally(() => setBusy(false));
  };

  return (
    <>
      <h3 id="added-h">Sites you added</h3>
      <form class="add-site" onSubmit={onSubmit}>
        <label for="add-site-input">Add a site</label>
        <input
          id="add-site-input"
          type="text"
          inputMode="url"
          autocomplete="off"
          spellcheck={false}
          placeholder="example.com"
          value={input}
          aria-describedby="add-site-hint add-site-message"
          onInput={(e) => setInput(e.currentTarget.value)}
        />
        <button type="submit" disabled={busy}>
          Add
        </button>
        <p id="add-site-hint" class="hint">
          A site and its subdomains (example.com covers www.example.com and news.example.com). Your browser
          asks you to allow Parley to read that site; nothing is added without your yes.
        </p>
        <p id="add-site-message" role="status" class={message?.error ? 'error' : 'ok'}>
          {message?.text ?? ''}
        </p>
      </form>
      {added.length === 0 ? (
        <p class="hint">None yet.</p>
      ) : (
        <ul class="added" aria-labelledby="added-h" data-testid="added-sites">
          {added.map((p) => {
            const host = hostOfPattern(p) ?? p;
            const missing = granted !== null && !granted.has(p);
            return (
              <li key={p}>
                <span>{host}</span>
                {missing && (
                  <span class="warn"> (permission removed in the browser: remove and add it again)</span>
                )}
                <button
                  type="button"
                  aria-label={`Remove ${host}`}
                  onClick={() =>
                    void removeSite(p).then((r) =>
                      setMessage(
                        r.ok ? { error: false, text: `Removed ${host}.` } : { error: true, text: r.error },
                      ),
                    )
                  }
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
