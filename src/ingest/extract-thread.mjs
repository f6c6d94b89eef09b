// The file a pool thread loads. The extractor is TypeScript whose imports name `.js` files, which
// Node's own type stripping cannot resolve, so the task module is loaded through tsx's loader in
// this thread, whatever started the process (`tsx` for npm start, the CLI and the bench; vitest).
import { tsImport } from 'tsx/esm/api';

const task = await tsImport('./extract-task.ts', import.meta.url);

export default task.default;
