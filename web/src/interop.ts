/**
 * The default export of a package whose ES build lacks `"type": "module"` (antd's locales, echarts-for-react):
 * TypeScript (NodeNext) types the import as a CommonJS namespace holding `default`, while Vite hands over the
 * default export itself. This accepts both shapes.
 */
export function esModuleDefault<T extends object>(imported: T | { default: T }): T {
  return "default" in imported ? imported.default : imported;
}
