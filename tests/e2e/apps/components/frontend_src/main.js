// A custom component written as component authors do, with streamlit-component-lib:
// it shows its render args, sets its frame height, and returns a value (a count) when
// its button is clicked. tests/e2e/test_components.py bundles it with esbuild into
// ../frontend/ before building the app.
import { Streamlit } from "streamlit-component-lib/dist/streamlit.js";

const label = document.getElementById("label");
const button = document.getElementById("add");
const bytes = document.getElementById("bytes");
const renders = document.getElementById("renders");
let count = 0;
let renderCount = 0; // survives reruns: the page keeps the frame and sends new args

Streamlit.events.addEventListener(Streamlit.RENDER_EVENT, (event) => {
  const { args, theme } = event.detail;
  count = Number(args.count ?? 0);
  label.textContent = `${args.greeting}, ${args.name}! count=${count}`;
  bytes.textContent = args.blob ? `bytes: ${Array.from(args.blob).join(",")}` : "bytes: none";
  document.body.dataset.theme = theme?.base ?? "none";
  renderCount += 1;
  renders.textContent = `renders: ${renderCount}`;
  Streamlit.setFrameHeight(document.body.scrollHeight + Number(args.extra_height ?? 0));
});

button.addEventListener("click", () => Streamlit.setComponentValue(count + 1));
Streamlit.setComponentReady();
