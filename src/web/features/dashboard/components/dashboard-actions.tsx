import {
  CloudUploadOutlined,
  DownOutlined,
  FileExcelOutlined,
  FileWordOutlined,
  FullscreenOutlined,
} from '@ant-design/icons';
import { Button, Dropdown, Space } from 'antd';
import { useIsMobile } from '../../../lib/use-is-mobile';
import { downloadBrief, downloadFigures, downloadMissing } from '../api/downloads';
import { useDownload } from '../lib/use-download';

interface DashboardActionsProps {
  date: string | undefined;
  region: string | undefined;
  canExport: boolean;
  canImport: boolean;
  onImport: () => void;
  onBigScreen: () => void;
}

/** 大屏模式, the day's Excel and Word brief, the missing list, and (county dispatchers) bulk filing. */
export function DashboardActions(props: DashboardActionsProps) {
  const { date, region, canExport, canImport, onImport, onBigScreen } = props;
  const isMobile = useIsMobile();
  const { busy, run } = useDownload();
  const query = date ? { date, region } : null;

  const exports = canExport
    ? [
        {
          key: 'figures',
          label: '导出 Excel',
          icon: <FileExcelOutlined />,
          onClick: () => query && void run('figures', () => downloadFigures(query)),
        },
        {
          key: 'brief',
          label: '生成日报（Word）',
          icon: <FileWordOutlined />,
          onClick: () => query && void run('brief', () => downloadBrief(query)),
        },
        {
          key: 'missing',
          label: '未报送清单导出',
          icon: <FileExcelOutlined />,
          onClick: () => query && void run('missing', () => downloadMissing(query)),
        },
      ]
    : [];

  return (
    <Space wrap>
      {isMobile ? null : (
        <Button
          type="primary"
          icon={<FullscreenOutlined />}
          onClick={onBigScreen}
          data-testid="fullscreen-button"
        >
          大屏模式
        </Button>
      )}
      {isMobile && exports.length ? (
        <Dropdown
          menu={{ items: exports.map(({ key, label, icon, onClick }) => ({ key, label, icon, onClick })) }}
        >
          <Button loading={busy !== null}>
            导出 <DownOutlined />
          </Button>
        </Dropdown>
      ) : (
        exports.map((e) => (
          <Button
            key={e.key}
            icon={e.icon}
            onClick={e.onClick}
            loading={busy === e.key}
            disabled={!query}
            data-testid={`export-${e.key}`}
          >
            {e.label}
          </Button>
        ))
      )}
      {canImport ? (
        <Button icon={<CloudUploadOutlined />} onClick={onImport}>
          批量导入日报
        </Button>
      ) : null}
    </Space>
  );
}
