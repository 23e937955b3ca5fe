import { fileURLToPath } from "node:url"
import { defineConfig } from "vite"

// Two pages: the app (index.html) and the re-check benchmark (bench.html). The kpss packages are used
// as built (`dist`), like every other consumer: `pnpm --filter "@kpss/example-browser^..." build` first.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  build: {
    target: "es2023",
    rolldownOptions: {
      input: {
        app: fileURLToPath(new URL("index.html", import.meta.url)),
        bench: fileURLToPath(new URL("bench.html", import.meta.url))
      }
    }
  }
})
