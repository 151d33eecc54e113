import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// In development the API runs separately (pnpm dev starts both); in production the
// server serves client/dist itself, so the app always talks to its own origin.
const api = "http://127.0.0.1:3000";

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  server: {
    host: "127.0.0.1",
    port: 5173,
    proxy: { "/trpc": api, "/healthz": api },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    // Pages are lazy-loaded; this keeps a watch on what index.html itself pulls in.
    chunkSizeWarningLimit: 400,
  },
});
