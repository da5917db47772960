/** The web app: React + Ant Design, built from src/web into dist/web (served by the API server). */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here("./src/web"),
  base: "/",
  plugins: [react()],
  resolve: {
    alias: {
      // echarts-for-react imports tslib without declaring it; echarts ships a copy (2.3) that serves.
      tslib: here("./node_modules/echarts/node_modules/tslib/tslib.es6.js"),
    },
  },
  build: {
    outDir: here("./dist/web"),
    emptyOutDir: true,
    // Big vendor libraries in their own files so a release changes only the app's chunk.
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        manualChunks(id: string) {
          if (id.includes("node_modules/echarts") || id.includes("node_modules/zrender")) return "charts";
          if (
            id.includes("node_modules/antd") ||
            id.includes("node_modules/@ant-design") ||
            id.includes("node_modules/rc-")
          )
            return "antd";
          if (id.includes("node_modules/")) return "vendor";
          return undefined;
        },
      },
    },
  },
});
