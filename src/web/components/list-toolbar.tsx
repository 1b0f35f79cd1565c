import { DownloadOutlined, FileExcelOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../lib/api-error';
import { downloadFile } from '../lib/download';

interface ListToolbarProps {
  /** 新增企业 / 新增联络员 …; omitted when the user may not create. */
  createLabel?: string;
  onCreate?: () => void;
  importLabel?: string;
  onImport?: () => void;
  onExport?: () => Promise<void>;
  template?: { path: string; fileName: string };
}

/** A list page's actions; each shows only when the user holds its permission (the caller decides). */
export function ListToolbar(props: ListToolbarProps) {
  const { createLabel, onCreate, importLabel = '导入', onImport, onExport, template } = props;
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'export' | 'template' | null>(null);

  const run = async (which: 'export' | 'template', action: () => Promise<void>) => {
    setBusy(which);
    try {
      await action();
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space wrap size={8}>
      {onCreate && createLabel ? (
        <Button type="primary" icon={<PlusOutlined />} onClick={onCreate} data-testid="create-button">
          {createLabel}
        </Button>
      ) : null}
      {onImport ? (
        <Button icon={<UploadOutlined />} onClick={onImport} data-testid="import-button">
          {importLabel}
        </Button>
      ) : null}
      {onExport ? (
        <Button
          icon={<FileExcelOutlined />}
          loading={busy === 'export'}
          onClick={() => void run('export', onExport)}
          data-testid="export-button"
        >
          导出 Excel
        </Button>
      ) : null}
      {template ? (
        <Button
          icon={<DownloadOutlined />}
          loading={busy === 'template'}
          onClick={() => void run('template', () => downloadFile(template.path, {}, template.fileName))}
          data-testid="template-download"
        >
          下载模板
        </Button>
      ) : null}
    </Space>
  );
}
