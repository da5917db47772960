/**
 * The Bot API cannot read a channel's history, and MTProto needs a user session: a body exports
 * the discussion with Telegram Desktop (Export chat history → JSON) and imports result.json.
 */
export interface TelegramSource {
  exportDiscussion(channel: string, file: string): Promise<void>;
}
