/** The emulator's version, as printed at start-up and by /health. */
export const version = "0.1.0";
