import { startApp } from './bootstrap';
import { AppConfig, ConfigError, loadConfig } from './core/config/config';
import { describeStartupFailure } from './core/startup-error';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo/demo-data';

let config: AppConfig | undefined;

async function main(): Promise<void> {
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const running = await startApp(config);
  const shownUrl = config.publicOrigin;
  const lines = [
    '',
    `  Roundtable is running at ${shownUrl}`,
    `  Database: ${running.embedded ? `embedded PostgreSQL (data in ${config.dataDir})` : 'DATABASE_URL'}`,
  ];
  if (running.embedded || running.demoLoaded) {
    lines.push('', `  Demo sign-ins (password "${DEMO_PASSWORD}"):`);
    for (const account of DEMO_ACCOUNTS)
      lines.push(`    ${account.role.padEnd(12)} ${account.email}  (${account.name})`);
  }
  console.log(lines.join('\n') + '\n');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    running.logger.info({ signal }, 'shutting down: finishing writes and closing connections');
    const force = setTimeout(() => process.exit(1), 20_000);
    force.unref();
    try {
      await running.close();
      process.exit(0);
    } catch (error) {
      running.logger.error({ err: error }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error) => {
  console.error(
    `Roundtable failed to start: ${describeStartupFailure(error, {
      port: config?.port ?? 3000,
      databaseUrl: config?.databaseUrl,
    })}`,
  );
  process.exit(1);
});
