import { renderShell } from "./src/build/shell";
const s = renderShell();
console.log(s.templates.slice(0, 1500));
