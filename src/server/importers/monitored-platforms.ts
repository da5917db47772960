/**
 * The platforms whose live API a body's official account can be monitored through (issue 3), with
 * how each is fetched and which importer persists the file. Telegram is read through a bot in the
 * channel's discussion group (getUpdates); the portals are read from their pages by their own
 * monitor (services/imports/monitor-portal.ts); eOtinish stays on file import.
 */
import type { ImporterName } from "./shared/types.ts";
import type { FetchOptions } from "./shared/social.ts";
import { fetchYoutubeThreads } from "./youtube/fetch-youtube.ts";
import { fetchVkWallComments } from "./vk/fetch-vk.ts";
import { fetchFacebookFeed } from "./facebook/fetch-facebook.ts";
import { fetchInstagramMedia } from "./instagram/fetch-instagram.ts";
import { fetchTelegramBotUpdates } from "./telegram/fetch-telegram-bot.ts";

export const MONITORED_PLATFORMS = ["youtube", "vk", "facebook", "instagram", "telegram"] as const;
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
  telegram: {
    importer: "telegram",
    // The discussion group's chat id as the Bot API gives it (supergroups: -100…); the token is the bot's.
    externalId: /^-100[0-9]{5,15}$/,
    handleOf: (id) => id,
    urlOf: (handle) => `https://t.me/c/${handle.replace(/^-100/, "")}`,
    fetch: (id, token, file, options) => fetchTelegramBotUpdates(id, token, file, options),
  },
};

export function isMonitoredPlatform(platform: string): platform is MonitoredPlatform {
  return (MONITORED_PLATFORMS as readonly string[]).includes(platform);
}
