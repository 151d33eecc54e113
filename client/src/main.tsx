// The global stylesheets come first, so every component's own CSS (bundled in import order) follows them.
import "./styles/tokens.css";
import "./styles/app.css";
import { createRoot } from "react-dom/client";
import { initI18n } from "./lib/i18n.ts";
import { buildRouter } from "./app/router.tsx";
import { App } from "./app/app.tsx";

// A page restored from the back/forward cache would show data from before a sign-out;
// reloading asks the server again.
window.addEventListener("pageshow", (event) => {
  if (event.persisted) window.location.reload();
});

const container = document.getElementById("root");
if (!container) throw new Error("#root is missing from index.html");

// English strings are fetched first when English was chosen before; Russian is built in.
void initI18n().then(() => createRoot(container).render(<App router={buildRouter()} />));
