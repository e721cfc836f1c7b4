import browser from 'webextension-polyfill';
import { annotate } from '../core/annotate';
import { mentionsRegion } from '../core/officials/match';
import { addPersons, buildNameIndex, type NameIndex } from '../core/officials/name-index';
import { parseDatasetView, parsePhrases } from '../data/load';
import { REGIONAL_FILES } from '../data/regional';
import type { AnnotateReply, DatasetInfo, Request, SourceLabels } from '../shared/messages';
import { parseSettings, SETTINGS_KEY } from '../shared/settings';

/**
 * The worker holds the dataset: it is loaded once, from the extension's own package, and answers
 * the content scripts' requests. Page text goes no further than this worker.
 */

let loading: Promise<NameIndex> | null = null;
let loadingRegional: Promise<void> | null = null;

const read = (file: string) => fetch(browser.runtime.getURL(file)).then((response) => response.text());

function engine(): Promise<NameIndex> {
  loading ??= Promise.all([read('dataset.json'), read('name-phrases.json').catch(() => null)])
    .then(([json, phrases]) => {
      const dataset = parseDatasetView(json);
      return buildNameIndex(dataset, parsePhrases(phrases, dataset));
    })
    .catch((error) => {
      loading = null;
      throw error;
    });
  return loading;
}

/** The regional officials, read once, the first time an article names a region. */
function withRegional(names: NameIndex): Promise<void> {
  loadingRegional ??= Promise.all([
    read(REGIONAL_FILES.dataset),
    read(REGIONAL_FILES.phrases).catch(() => null),
  ])
    .then(([json, phrases]) => {
      const pack = parseDatasetView(json);
      addPersons(names, pack, parsePhrases(phrases, pack));
    })
    .catch((error) => {
      loadingRegional = null;
      throw error;
    });
  return loadingRegional;
}

async function handle(message: Request, tabId: number | undefined): Promise<unknown> {
  switch (message.type) {
    case 'gloss:annotate': {
      try {
        const names = await engine();
        if (mentionsRegion(message.prepared.text, names)) await withRegional(names);
        const { text: _text, ...result } = annotate(message.prepared, names, {
          officials: message.officials,
          claims: message.claims,
          claimThreshold: message.claimThreshold,
        });
        const sources: SourceLabels = {};
        for (const key of new Set(result.officials.flatMap((o) => o.sources))) {
          const source = names.dataset.sources[key];
          if (source) sources[key] = { title: source.title, licence: source.licence };
        }
        return { ok: true, result, sources } satisfies AnnotateReply;
      } catch (error) {
        return { ok: false, error: (error as Error).message } satisfies AnnotateReply;
      }
    }
    case 'gloss:badge': {
      if (tabId === undefined) return null;
      await browser.action.setBadgeText({
        tabId,
        text: message.count > 0 ? String(Math.min(message.count, 999)) : '',
      });
      return null;
    }
    case 'gloss:dataset-info': {
      const names = await engine();
      // The count includes the regional officials whether or not a page has needed them yet.
      await withRegional(names).catch(() => undefined);
      const { dataset } = names;
      const info: DatasetInfo = {
        asOf: dataset.asOf,
        persons: dataset.persons.length,
        sources: Object.entries(dataset.sources).map(([key, s]) => ({ key, ...s })),
      };
      return info;
    }
    default:
      return null;
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (!message || typeof message !== 'object' || !String((message as Request).type).startsWith('gloss:'))
    return undefined;
  return handle(message as Request, sender.tab?.id);
});

browser.commands.onCommand.addListener(async (command) => {
  if (command === 'toggle-gloss') {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    const settings = parseSettings(stored[SETTINGS_KEY]);
    await browser.storage.sync.set({ [SETTINGS_KEY]: { ...settings, enabled: !settings.enabled } });
  } else if (command === 'next-mark') {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined)
      await browser.tabs.sendMessage(tab.id, { type: 'gloss:next-mark' }).catch(() => undefined);
  }
});

browser.action.setBadgeBackgroundColor({ color: '#5b4bb7' }).catch(() => undefined);
