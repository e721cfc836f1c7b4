import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { DatasetInfo } from '../shared/messages';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_KEY, type Settings } from '../shared/settings';

/** Settings, the sites Gloss is off on, and credits for the data behind the cards. */
function Options() {
  const [settings, setSettings] = useState<Settings>({ ...DEFAULT_SETTINGS });
  const [info, setInfo] = useState<DatasetInfo | null>(null);

  useEffect(() => {
    browser.storage.sync.get(SETTINGS_KEY).then((stored) => setSettings(parseSettings(stored[SETTINGS_KEY])));
    browser.runtime.sendMessage({ type: 'gloss:dataset-info' }).then((i) => setInfo(i as DatasetInfo));
  }, []);

  const save = (next: Settings) => {
    setSettings(next);
    browser.storage.sync.set({ [SETTINGS_KEY]: next });
  };

  return (
    <main>
      <h1>Gloss settings</h1>
      <fieldset>
        <legend>What to mark</legend>
        <label>
          <input
            type="checkbox"
            checked={settings.officials}
            onChange={(e) => save({ ...settings, officials: e.currentTarget.checked })}
          />{' '}
          Officials
        </label>
        <label>
          <input
            type="checkbox"
            checked={settings.claims}
            onChange={(e) => save({ ...settings, claims: e.currentTarget.checked })}
          />{' '}
          Claims
        </label>
        <label>
          Mark claims from check-worthiness{' '}
          <input
            type="range"
            min={0.3}
            max={0.9}
            step={0.05}
            value={settings.claimThreshold}
            onChange={(e) => save({ ...settings, claimThreshold: Number(e.currentTarget.value) })}
          />{' '}
          {Math.round(settings.claimThreshold * 100)}%
        </label>
      </fieldset>
      <fieldset>
        <legend>Sites where Gloss is off</legend>
        {settings.disabledSites.length === 0 ? (
          <p class="muted">None. Switch a site off from the toolbar button.</p>
        ) : (
          <ul>
            {settings.disabledSites.map((site) => (
              <li key={site}>
                {site}{' '}
                <button
                  type="button"
                  onClick={() =>
                    save({ ...settings, disabledSites: settings.disabledSites.filter((s) => s !== site) })
                  }
                >
                  Turn on again
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      <section>
        <h2>Data and privacy</h2>
        <p>
          Gloss never makes a network request. Cards come from a dataset inside the extension
          {info ? ` (${info.persons.toLocaleString()} people, as of ${info.asOf})` : ''}; page text never
          leaves your browser.
        </p>
        <h3>Sources</h3>
        <ul>
          {(info?.sources ?? []).map((s) => (
            <li key={s.key}>
              {s.title} — {s.licence}, as of {s.asOf}
              {s.url ? ` (${s.url})` : ''}
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}

render(<Options />, document.getElementById('app') as HTMLElement);
