export * from "./schema.ts";
export * from "./schema-evidence.ts";
export * from "./schema-aggregates.ts";
export * from "./schema-analysis.ts";
export * from "./schema-intake.ts";
export * from "./schema-workflow.ts";
export * from "./schema-open-access.ts";
export * from "./schema-identities.ts";
