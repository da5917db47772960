/**
 * §17: "bodies analyse the problems raised by citizens in appeals and form a list of topics for
 * internet conferences and surveys"; §18 holds a conference or survey on those topics. So the list
 * is built from the quarter's appeals and official social-media comments (§14's scope: their stored
 * analysis topics, a person's correction first), never from the body's drafts. The body then keeps
 * it as its own list: adds, renames, removes; a rebuild adds only topics it has never had, so a
 * removal or a rename stands.
 */
const MAX_LIST_TOPICS = 10;

export interface TopicCandidate {
  key: string;
  category: string;
  label: { kk: string; ru: string; en: string };
  size: number;
  distinct: number;
  negativeShare: number;
}

/**
 * The problems worth a conference, most pressing first: named categories only ("other" is no
 * topic), ranked by distinct items (a campaign counts once) weighted by the share of negative ones.
 */
export function rankTopicCandidates(topics: readonly TopicCandidate[], limit = MAX_LIST_TOPICS): TopicCandidate[] {
  return topics
    .filter((t) => t.category !== "other" && t.size > 0)
    .map((t) => ({ t, score: t.distinct * (0.5 + t.negativeShare) }))
    .sort((a, b) => b.score - a.score || a.t.key.localeCompare(b.t.key))
    .slice(0, limit)
    .map(({ t }) => t);
}

/** The candidates the list has never held (by analysis key): removed or renamed ones are not brought back. */
export function topicsToAdd(knownKeys: ReadonlySet<string>, candidates: readonly TopicCandidate[]): TopicCandidate[] {
  return candidates.filter((c) => !knownKeys.has(c.key));
}
