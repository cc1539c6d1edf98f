/** What integrations report to the emulator's log; the runtime's Logger satisfies it. */
export interface IntegrationLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}
