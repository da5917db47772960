import { afterAll, expect, it } from "vitest";
import { clusterItems, type ClusterItem } from "../../../domain/analysis/cluster-topics.ts";
import { contentStems, prepareText } from "../../../domain/analysis/prepare-text.ts";
import { clusterOffThread, stopAnalysisThread } from "./analysis-client.ts";
import { CAMPAIGN, OTHERS, PREVIOUS, ROADS } from "./quarter-fixture.test-support.ts";

afterAll(stopAnalysisThread);

const TEXTS = [...ROADS, ...OTHERS, ...PREVIOUS, CAMPAIGN[0]!].map((i) => i.text!);
const PLACES = ["Абая", "Сатпаева", "Толе би", "Жибек жолы", "Назарбаева", "Байтурсынова", "Момышулы"];

/** 8,000 items: the fixture's problems, each told of many streets (a quarter too large to cluster inline). */
function quarter(): ClusterItem[] {
  return Array.from({ length: 8_000 }, (_, i) => {
    const text = `${TEXTS[i % TEXTS.length]} ${PLACES[i % PLACES.length]} ${Math.floor(i / 97)}`;
    return { id: String(i), duplicateOf: null, terms: contentStems(prepareText(text)) };
  });
}

it("clusters a large quarter on the analysis thread, exactly as the domain function does, while this thread stays free", async () => {
  const items = quarter();
  let ticks = 0;
  const timer = setInterval(() => ticks++, 5);
  const started = performance.now();
  const clusters = await clusterOffThread(items);
  const elapsed = performance.now() - started;
  clearInterval(timer);
  expect(clusters).toEqual(clusterItems(items));
  expect(clusters.length).toBeGreaterThan(1);
  // The event loop ran while the thread worked (inline, the timer could not fire until the end).
  expect(ticks).toBeGreaterThan(Math.min(10, elapsed / 50));
}, 120_000);
