import { App } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-error';

/** Runs one download at a time per button, showing the server's message if it fails. */
export function useDownload() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (key: string, download: () => Promise<void>) => {
    setBusy(key);
    try {
      await download();
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setBusy(null);
    }
  };
  return { busy, run };
}
