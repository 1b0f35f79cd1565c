// Child of scripts/bench/import.ts: imports one workbook into a fresh PostgreSQL schema and prints figures.
import { systemAuditContext } from '../../src/server/platform/audit';
import { ManualClock } from '../../src/server/platform/clock';
import { readConfig } from '../../src/server/platform/config';
import { createPlatform } from '../../src/server/platform/platform';
import { createServices } from '../../src/server/app';
import { openTestDatabase } from '../../src/server/testing/test-database';
import { systemActor } from '../../src/server/testing/factories';

async function main() {
  const file = process.argv[2]!;
  const database = await openTestDatabase();
  try {
    const platform = createPlatform(
      { ...readConfig({}), isDemo: false },
      database,
      new ManualClock('2020-03-08T18:00:00+08:00'),
    );
    const services = createServices(platform);
    await services.regions.seedReferenceData();
    const scope = {
      regionCode: '430400',
      regionCodes: await services.regions.subtree('430400'),
      departmentId: null,
      enterpriseId: null,
      projectId: null,
      assigned: null,
    };
    const actor = systemActor(scope);
    const context = { ...systemAuditContext, username: 'bench' };
    let started = performance.now();
    await services.registryFiles.importEnterprises(actor, file, 'bench.xlsx', 'validate', context);
    const validateMs = performance.now() - started;
    started = performance.now();
    const committed = await services.registryFiles.importEnterprises(
      actor,
      file,
      'bench.xlsx',
      'commit',
      context,
    );
    const commitMs = performance.now() - started;
    const maxRssMb = process.resourceUsage().maxRSS / 1024;
    console.log(JSON.stringify({ validateMs, commitMs, maxRssMb, created: committed.created }));
  } finally {
    await database.close();
  }
}

main().catch((error) => {
  console.error(
    error,
    JSON.stringify((error as { extra?: { errors?: unknown } }).extra?.errors ?? '').slice(0, 2000),
  );
  process.exit(1);
});
