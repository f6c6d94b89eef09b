// Plain-text files bundled into the Worker by wrangler's `[[rules]] type = "Text"` (wrangler.toml).
declare module '*.txt' {
  const text: string;
  export default text;
}
