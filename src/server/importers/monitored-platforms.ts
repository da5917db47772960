/**
 * The platforms whose live API a body's official account can be monitored through (issue 3), with
 * how each is fetched and which importer persists the file. The others have no API to poll and stay
 * on file import: legalacts.egov.kz, budget.egov.kz and dialog.egov.kz publish none (a body imports
 * the discussion's export); eOtinish offers bodies a CSV/XLSX export only; Telegram's Bot API cannot
 * read a channel's history and MTProto needs a user session, so a body exports the discussion with
 * Telegram Desktop (Export chat history → JSON) and imports result.json. A future monitor for any of
 * them writes a file of the export's shape and hands it to services/imports, as `fetch` does here.
 */
import type { ImporterName } from "./shared/types.ts";
import type { FetchOptions } from "./shared/social.ts";
import { fetchYoutubeThreads } from "./youtube/fetch-youtube.ts";
import { fetchVkWallComments } from "./vk/fetch-vk.ts";
import { fetchFacebookFeed } from "./facebook/fetch-facebook.ts";
import { fetchInstagramMedia } from "./instagram/fetch-instagram.ts";

export const MONITORED_PLATFORMS = ["youtube", "vk", "facebook", "instagram"] as const;
export type MonitoredPlatform = (typeof MONITORED_PLATFORMS)[number];

export interface PlatformMonitor {
  importer: ImporterName;
  /** What the platform's id of an account looks like (checked before anything is stored). */
  externalId: RegExp;
  /**
   * The handle the converter gives the account's comments, so they attach to the registered
   * account; null where the id does not determine it (Instagram names accounts by username).
   */
  handleOf: (externalId: string) => string | null;
  urlOf: (handle: string) => string;
  /** Writes the account's comments to `file` in the export's shape; returns the records written. */
  fetch: (externalId: string, token: string, file: string, options: FetchOptions) => Promise<number>;
}

export const PLATFORM_MONITORS: Record<MonitoredPlatform, PlatformMonitor> = {
  youtube: {
    importer: "youtube",
    externalId: /^UC[A-Za-z0-9_-]{22}$/,
    handleOf: (id) => id,
    urlOf: (handle) => `https://www.youtube.com/channel/${handle}`,
    fetch: (id, token, file, options) => fetchYoutubeThreads(id, token, file, options),
  },
  vk: {
    importer: "vk",
    // owner_id: negative for a community (club…), positive for a person's page (id…).
    externalId: /^-?[1-9][0-9]{0,11}$/,
    handleOf: (id) => (Number(id) < 0 ? `club${-Number(id)}` : `id${id}`),
    urlOf: (handle) => `https://vk.com/${handle}`,
    fetch: (id, token, file, options) => fetchVkWallComments(Number(id), token, file, options),
  },
  facebook: {
    importer: "facebook",
    externalId: /^[0-9]{1,20}$/,
    handleOf: (id) => id,
    urlOf: (handle) => `https://www.facebook.com/${handle}`,
    fetch: (id, token, file, options) => fetchFacebookFeed(id, token, file, options),
  },
  instagram: {
    importer: "instagram",
    externalId: /^[0-9]{1,20}$/,
    handleOf: () => null,
    urlOf: (handle) => `https://www.instagram.com/${handle}/`,
    fetch: (id, token, file, options) => fetchInstagramMedia(id, token, file, options),
  },
};

export function isMonitoredPlatform(platform: string): platform is MonitoredPlatform {
  return (MONITORED_PLATFORMS as readonly string[]).includes(platform);
}
