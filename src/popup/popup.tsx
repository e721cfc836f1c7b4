import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { PageStatus } from '../shared/messages';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, type Settings, withSite } from '../shared/settings';

/** The toolbar popup: on/off globally and for this site, and what Gloss found on this page. */

async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

async function activeTabStatus(): Promise<PageStatus | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  try {
    return (await browser.tabs.sendMessage(tab.id, { type: 'gloss:status' })) as PageStatus;
  } catch {
    return null;
  }
}

const MESSAGES: Record<PageStatus['state'], string> = {
  off: 'Gloss is off everywhere.',
  'site-off': 'Gloss is off on this site.',
  'not-article': 'This page is not a news article, so Gloss left it untouched.',
  working: 'Reading the article…',
  done: '',
  error: 'Gloss could not read this page.',
};

function Popup() {
  const [settings, setSettings] = useState<Settings>({ ...DEFAULT_SETTINGS });
  const [status, setStatus] = useState<PageStatus | null>(null);

  useEffect(() => {
    let alive = true;
    const refresh = async () => {
      const [s, st] = await Promise.all([readSettings(), activeTabStatus()]);
      if (!alive) return;
      setSettings(s);
      setStatus(st);
    };
    refresh();
    // The page re-annotates when settings change; poll briefly so the counts follow.
    const timer = setInterval(refresh, 500);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, []);

  const save = async (next: Settings) => {
    setSettings(next);
    await browser.storage.sync.set({ [SETTINGS_KEY]: next });
  };

  const site = status?.site ?? '';
  const siteOn = site ? !settings.disabledSites.includes(site) : true;
  const found = status?.state === 'done';

  return (
    <main>
      <header>
        <img src="icons/icon-32.png" alt="" width={20} height={20} />
        <h1>Gloss</h1>
      </header>
      <label class="switch">
        <input
          id="toggle-global"
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => save({ ...settings, enabled: e.currentTarget.checked })}
        />
        <span>Annotate news articles</span>
      </label>
      {site && (
        <label class="switch">
          <input
            id="toggle-site"
            type="checkbox"
            checked={siteOn}
            disabled={!settings.enabled}
            onChange={(e) => save(withSite(settings, site, e.currentTarget.checked))}
          />
          <span>
            On <strong>{site}</strong>
          </span>
        </label>
      )}
      <section aria-live="polite" id="page-status">
        {!status && (
          <p class="empty">Gloss does not run on this page (browser pages and stores are off limits).</p>
        )}
        {status && !found && <p class="empty">{MESSAGES[status.state]}</p>}
        {status && found && (
          <>
            <p class="counts">
              <strong id="count-officials">{status.officials.length}</strong> officials ·{' '}
              <strong id="count-claims">{status.claims}</strong> claims
              {status.date && <span class="date"> · roles as of {status.date}</span>}
            </p>
            {status.officials.length === 0 ? (
              <p class="empty">No officials from the dataset are named in this article.</p>
            ) : (
              <ul class="officials">
                {status.officials.map((o) => (
                  <li key={o.name}>
                    <span class="name">{o.name}</span>
                    <span class="role">{o.role}</span>
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </section>
      <footer>
        <button type="button" class="link" onClick={() => browser.runtime.openOptionsPage()}>
          Settings &amp; sources
        </button>
      </footer>
    </main>
  );
}

render(<Popup />, document.getElementById('app') as HTMLElement);
