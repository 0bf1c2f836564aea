/**
 * The options page: news sites (built-in switches, sites you add), which marks to show, colours,
 * your data (export, import, erase) and the privacy statement. Settings are read from storage and
 * followed live; every change is a message to the background, which writes it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../storage/settings';
import { builtInSites, watchSettings } from './api';
import { DataSection } from './DataSection';
import { MarksSection } from './MarksSection';
import { Privacy } from './Privacy';
import { SchemeSection } from './SchemeSection';
import { SitesSection } from './SitesSection';

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [builtIn] = useState(builtInSites);
  useEffect(() => {
    const ac = new AbortController();
    void watchSettings(setSettings, ac.signal);
    return () => ac.abort();
  }, []);
  return (
    <main>
      <h1>Parley settings</h1>
      <Privacy />
      {settings === null ? (
        <p aria-busy="true">Loading…</p>
      ) : (
        <>
          <SitesSection settings={settings} builtIn={builtIn} />
          <MarksSection settings={settings} />
          <SchemeSection settings={settings} />
        </>
      )}
      <DataSection />
    </main>
  );
}
