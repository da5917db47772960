/** The body and quarter the report-model tests write their documents for. */
export const body = {
  code: "MINFIN",
  nameKk: "Қаржы министрлігі",
  nameRu: "Министерство финансов",
  nameEn: "Ministry of Finance",
};
export const period = { from: "2025-01-01", to: "2025-03-31" };
