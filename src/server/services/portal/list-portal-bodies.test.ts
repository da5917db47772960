import { describe, expect, it } from "vitest";
import { sortForReader } from "./list-portal-bodies.ts";

const row = (kind: string, nameKk: string, nameRu: string) => ({ body: { kind, nameKk, nameRu, nameEn: nameRu } });

describe("portal list order", () => {
  it("sorts Kazakh names in the Kazakh alphabet (Ә after А, Қ after К, Ө after О, Ұ after У), not by code point", () => {
    const rows = [
      row("local", "Шығыс Қазақстан облысының әкімдігі", "Акимат ВКО"),
      row("local", "Ақмола облысының әкімдігі", "Акимат Акмолинской"),
      row("local", "Қарағанды облысының әкімдігі", "Акимат Карагандинской"),
      row("local", "Ұлытау облысының әкімдігі", "Акимат Улытауской"),
      row("local", "Абай облысының әкімдігі", "Акимат Абайской"),
      row("local", "Жамбыл облысының әкімдігі", "Акимат Жамбылской"),
      row("central", "Энергетика министрлігі", "Министерство энергетики"),
    ];
    expect(sortForReader(rows, "kk").map((r) => r.body.nameKk.split(" ")[0])).toEqual([
      "Энергетика",
      "Абай",
      "Ақмола",
      "Жамбыл",
      "Қарағанды",
      "Ұлытау",
      "Шығыс",
    ]);
    expect(sortForReader(rows, "ru").map((r) => r.body.nameRu)).toEqual([
      "Министерство энергетики",
      "Акимат Абайской",
      "Акимат Акмолинской",
      "Акимат ВКО",
      "Акимат Жамбылской",
      "Акимат Карагандинской",
      "Акимат Улытауской",
    ]);
  });
});
