export default async function globalTeardown(): Promise<void> {
  // Each spec drops its own database; nothing shared to clean up.
}
