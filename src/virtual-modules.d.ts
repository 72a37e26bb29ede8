// Types of the virtual modules the flow plugin (src/build/flow-plugin.ts) provides, and of the build's
// settings in import.meta.env (vite.config.ts exposes the WEGWIJZER_REPORT_ ones, and the public origin).
interface ImportMetaEnv {
  readonly WEGWIJZER_REPORT_EMAIL?: string;
  /** The launch settings' public origin (always set by vite.config.ts, default included). */
  readonly WEGWIJZER_PUBLIC_ORIGIN: string;
}
declare module 'virtual:wegwijzer/flow' {
  const flow: import('./app/flow').WizardFlow;
  export default flow;
}
declare module 'virtual:wegwijzer/catalogue' {
  const catalogue: import('./app/flow').Catalogue;
  export default catalogue;
}
declare module 'virtual:wegwijzer/hotlines' {
  const hotlines: import('./flow/hotlines').Hotlines;
  export default hotlines;
}
declare module 'virtual:wegwijzer/texts/*' {
  const texts: Record<string, string>;
  export default texts;
}
declare module 'virtual:wegwijzer/search/*' {
  const search: import('./ui/DescribeSearch/engine').SearchModule;
  export default search;
}
