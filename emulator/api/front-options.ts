/** What the HTTP front serves besides the API: the console, and the host name browser requests must use. */
export interface FrontOptions {
  console: boolean;
  host: string;
  /** Where the built console's assets are; the package's own dist/console by default. */
  consoleDir?: string;
}

export const NO_CONSOLE: FrontOptions = { console: false, host: "127.0.0.1" };
