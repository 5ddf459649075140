// Vite (and so Vitest) imports a file's text with the `?raw` suffix; fixtures are read that way, without node:fs.
declare module '*.yml?raw' {
  const text: string;
  export default text;
}
