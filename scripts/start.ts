// npm start: build the web app when its sources changed, then run the server (migrate, demo, listen).
import { buildWebIfNeeded } from './build-web-if-needed';
import { main } from '../src/server/main';

try {
  buildWebIfNeeded();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

try {
  await main();
} catch (error) {
  console.error('快进启动失败 (Kuaijin failed to start):', error);
  process.exit(1);
}
