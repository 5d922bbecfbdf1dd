/** One prefix for everything the SDK prints, so merchants can filter the console. */
const PREFIX = '[shoplive]';

export const log = {
  warn(message: string, ...details: unknown[]): void {
    console.warn(`${PREFIX} ${message}`, ...details);
  },
  error(message: string, ...details: unknown[]): void {
    console.error(`${PREFIX} ${message}`, ...details);
  },
};
