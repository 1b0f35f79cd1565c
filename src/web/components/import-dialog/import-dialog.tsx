import {
  CheckCircleFilled,
  CloseCircleFilled,
  DownloadOutlined,
  FileExcelOutlined,
  InboxOutlined,
  ReloadOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Modal, Progress, Spin, Steps, Typography, Upload } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ImportResult } from '../../../contracts/registry';
import { errorMessage } from '../../lib/api-error';
import { downloadFile } from '../../lib/download';
import { formatDateTime } from '../../lib/format';
import { sessionQueryKey, useSession } from '../../lib/session';
import { useIsMobile } from '../../lib/use-is-mobile';
import { ImportErrorsTable } from './import-errors-table';
import { uploadWorkbook, type ImportMode, type ImportOutcome } from './upload-workbook';
import { buildXlsx, saveBlob } from './xlsx-writer';

export interface ImportDialogProps {
  open: boolean;
  onClose: () => void;
  /** 导入企业, 导入重点项目 */
  title: string;
  /** POST endpoint taking multipart `file` and ?mode=validate|commit. */
  endpoint: string;
  template?: { path: string; fileName: string };
  /** After a successful commit, e.g. to refresh the lists. */
  onImported?: (result: ImportResult) => void;
  /** Inputs the import needs besides the file, e.g. the initial password of imported accounts. */
  extraFields?: ImportExtraFields;
}

export interface ImportExtraFields {
  /** Shown above the file picker and the check result, so the values can change before committing. */
  form: ReactNode;
  /** Sent as multipart text fields before the file. */
  values: Record<string, string>;
  /** Why no file can be sent yet (e.g. 请先设置初始密码); null when the values are ready. */
  blocker: string | null;
}

type Phase =
  | { step: 'choose' }
  | { step: 'uploading'; mode: ImportMode; file: File; percent: number }
  | { step: 'checked'; file: File; outcome: ImportOutcome }
  | { step: 'done'; file: File; result: ImportResult };

const maxSizeHint = '20 MB';

export function summaryOf(result: Pick<ImportResult, 'rows' | 'created' | 'updated' | 'unchanged'>): string {
  return `共 ${result.rows} 行：新增 ${result.created}，更新 ${result.updated}，未变 ${result.unchanged}`;
}

function isXlsxName(name: string): boolean {
  return /\.xlsx$/i.test(name);
}

function errorListFileName(file: File): string {
  return `${file.name.replace(/\.xlsx$/i, '')}-错误清单.xlsx`;
}

/**
 * Excel import in two steps: the file is first checked (mode=validate) and only written after the user
 * confirms (mode=commit). Row errors come back by the sheet's row numbers and can be downloaded.
 */
export function ImportDialog({
  open,
  onClose,
  title,
  endpoint,
  template,
  onImported,
  extraFields,
}: ImportDialogProps) {
  const { message } = App.useApp();
  const isMobile = useIsMobile();
  const queryClient = useQueryClient();
  const { data: session } = useSession();
  const [phase, setPhase] = useState<Phase>({ step: 'choose' });
  const abortRef = useRef<AbortController | null>(null);
  const [isTemplateLoading, setTemplateLoading] = useState(false);

  // Every opening starts afresh; closing cancels an upload in flight.
  useEffect(() => {
    if (open) setPhase({ step: 'choose' });
    return () => abortRef.current?.abort();
  }, [open]);

  const run = async (mode: ImportMode, file: File) => {
    abortRef.current?.abort();
    const controller = new AbortController();
    abortRef.current = controller;
    setPhase({ step: 'uploading', mode, file, percent: 0 });
    let outcome: ImportOutcome;
    try {
      outcome = await uploadWorkbook({
        endpoint,
        mode,
        file,
        fields: extraFields?.values,
        csrfToken: session?.csrfToken ?? null,
        signal: controller.signal,
        onProgress: (percent) =>
          setPhase((p) => (p.step === 'uploading' && p.file === file ? { ...p, percent } : p)),
      });
    } catch {
      return; // cancelled: the dialog was closed or another file chosen
    }
    if (controller.signal.aborted) return;
    if (outcome.kind === 'failed' && outcome.status === 401) {
      message.error('登录已过期，请重新登录');
      void queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      onClose();
      return;
    }
    if (mode === 'commit' && outcome.kind === 'ok') {
      setPhase({ step: 'done', file, result: outcome.result });
      message.success(`导入完成：${summaryOf(outcome.result)}`);
      onImported?.(outcome.result);
      return;
    }
    setPhase({ step: 'checked', file, outcome });
  };

  const choose = (file: File) => {
    if (!isXlsxName(file.name)) {
      setPhase({
        step: 'checked',
        file,
        outcome: {
          kind: 'failed',
          status: 415,
          detail: `“${file.name}”不是 .xlsx 文件，请选择 Excel 工作簿`,
        },
      });
      return false;
    }
    void run('validate', file);
    // Upload only hands us the file; we send it ourselves.
    return false;
  };

  const downloadTemplate = async () => {
    if (!template) return;
    setTemplateLoading(true);
    try {
      await downloadFile(template.path, {}, template.fileName);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setTemplateLoading(false);
    }
  };

  const downloadErrors = (file: File, outcome: Extract<ImportOutcome, { kind: 'rows' }>) => {
    const blob = buildXlsx({
      sheetName: '错误清单',
      preamble: [
        `${file.name} 导入错误清单`,
        `共 ${outcome.errorCount} 处错误${outcome.errorCount > outcome.errors.length ? `，列出前 ${outcome.errors.length} 处` : ''}；生成于 ${formatDateTime(new Date().toISOString())}。行号为原表格中的行号。`,
      ],
      columns: [
        { title: '行号', width: 8 },
        { title: '列', width: 18 },
        { title: '内容', width: 28 },
        { title: '问题', width: 60 },
      ],
      rows: outcome.errors.map((e) => [e.row, e.column, e.value, e.message]),
    });
    saveBlob(blob, errorListFileName(file));
  };

  const isBusy = phase.step === 'uploading';
  const blocker = extraFields?.blocker ?? null;
  const stepIndex =
    phase.step === 'choose'
      ? 0
      : phase.step === 'done'
        ? 3
        : phase.step === 'uploading' && phase.mode === 'commit'
          ? 2
          : phase.step === 'checked' && phase.outcome.kind === 'ok'
            ? 2
            : 1;

  const reChoose = (
    <Upload
      accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      showUploadList={false}
      beforeUpload={choose}
      maxCount={1}
      disabled={blocker !== null}
      data-testid="import-file-input"
    >
      <Button icon={<ReloadOutlined />} disabled={blocker !== null}>
        重新选择文件
      </Button>
    </Upload>
  );

  let body: ReactNode;
  let footer: ReactNode[] = [];
  if (phase.step === 'choose') {
    body = (
      <Flex vertical gap={12}>
        <Upload.Dragger
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          showUploadList={false}
          beforeUpload={choose}
          maxCount={1}
          disabled={blocker !== null}
          data-testid="import-file-input"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{blocker ?? '点击选择或将 Excel 文件拖到此处'}</p>
          <p className="ant-upload-hint">仅支持 .xlsx，单个文件不超过 {maxSizeHint}</p>
        </Upload.Dragger>
        <Typography.Text type="secondary">
          请按模板填写：表头不要改动，一行一条记录。选择文件后先自动校验，校验通过并经您确认后才会写入；
          只要有一行出错，整个文件都不会写入。
        </Typography.Text>
      </Flex>
    );
    footer = [
      template ? (
        <Button
          key="template"
          icon={<DownloadOutlined />}
          loading={isTemplateLoading}
          onClick={downloadTemplate}
        >
          下载模板
        </Button>
      ) : null,
      <Button key="close" onClick={onClose}>
        取消
      </Button>,
    ];
  } else if (phase.step === 'uploading') {
    const isSent = phase.percent >= 100;
    body = (
      <Flex vertical gap={12} style={{ padding: '12px 0' }} data-testid="import-progress">
        <Typography.Text>
          <FileExcelOutlined style={{ color: '#1d6f42' }} /> {phase.file.name}
        </Typography.Text>
        <Progress percent={phase.percent} status={isSent ? 'success' : 'active'} />
        <Typography.Text type="secondary">
          {isSent ? (
            <>
              <Spin size="small" />{' '}
              {phase.mode === 'validate'
                ? '文件已上传，正在逐行校验，数据较多时需要一些时间…'
                : '正在写入，请勿关闭页面…'}
            </>
          ) : (
            '正在上传文件…'
          )}
        </Typography.Text>
      </Flex>
    );
    footer = [
      <Button key="close" onClick={onClose} disabled={phase.mode === 'commit' && isSent}>
        取消
      </Button>,
    ];
  } else if (phase.step === 'checked') {
    const { outcome, file } = phase;
    if (outcome.kind === 'ok') {
      const nothingToDo = outcome.result.created === 0 && outcome.result.updated === 0;
      body = (
        <Flex vertical gap={12} data-testid="import-validate-result">
          <Alert
            type="success"
            showIcon
            icon={<CheckCircleFilled />}
            title={`校验通过：${file.name}`}
            description={
              <>
                <div>{summaryOf(outcome.result)}</div>
                <div>
                  {nothingToDo
                    ? '文件中的数据与现有记录完全一致，无需导入。'
                    : '确认无误后点击“确认导入”写入系统。'}
                </div>
              </>
            }
          />
        </Flex>
      );
      footer = [
        <span key="again" style={{ float: 'left' }}>
          {reChoose}
        </span>,
        <Button key="close" onClick={onClose}>
          取消
        </Button>,
        <Button
          key="commit"
          type="primary"
          data-testid="import-commit"
          disabled={nothingToDo || blocker !== null}
          onClick={() => void run('commit', file)}
        >
          确认导入
        </Button>,
      ];
    } else if (outcome.kind === 'rows') {
      body = (
        <Flex vertical gap={12} data-testid="import-validate-result">
          <Alert
            type="error"
            showIcon
            icon={<CloseCircleFilled />}
            title="校验未通过，未写入任何数据"
            description={
              <>
                <div>{outcome.detail}</div>
                <div>请按下表修改原文件（行号即 Excel 中的行号）后重新选择文件。</div>
              </>
            }
          />
          <ImportErrorsTable errors={outcome.errors} />
        </Flex>
      );
      footer = [
        <span key="again" style={{ float: 'left' }}>
          {reChoose}
        </span>,
        <Button
          key="download"
          icon={<DownloadOutlined />}
          data-testid="import-errors-download"
          onClick={() => downloadErrors(file, outcome)}
        >
          下载错误清单
        </Button>,
        <Button key="close" onClick={onClose}>
          关闭
        </Button>,
      ];
    } else {
      body = (
        <Flex vertical gap={12} data-testid="import-validate-result">
          <Alert type="error" showIcon title={`无法导入：${file.name}`} description={outcome.detail} />
          {outcome.status === 413 || outcome.status === 415 ? null : (
            <Typography.Text type="secondary">
              如文件来自其他系统，请先在 Excel 中“另存为 Excel 工作簿（.xlsx）”，或改用下载的模板。
            </Typography.Text>
          )}
        </Flex>
      );
      footer = [
        <span key="again" style={{ float: 'left' }}>
          {reChoose}
        </span>,
        template ? (
          <Button
            key="template"
            icon={<DownloadOutlined />}
            loading={isTemplateLoading}
            onClick={downloadTemplate}
          >
            下载模板
          </Button>
        ) : null,
        <Button key="close" onClick={onClose}>
          关闭
        </Button>,
      ];
    }
  } else {
    body = (
      <Alert
        type="success"
        showIcon
        data-testid="import-done"
        title="导入完成"
        description={`${phase.file.name}：${summaryOf(phase.result)}`}
      />
    );
    footer = [
      <Button key="close" type="primary" onClick={onClose}>
        完成
      </Button>,
    ];
  }

  return (
    <Modal
      title={title}
      open={open}
      onCancel={onClose}
      width={isMobile ? '100%' : 760}
      footer={footer}
      mask={{ closable: !isBusy }}
      destroyOnHidden
    >
      <div data-testid="import-dialog">
        <Steps
          size="small"
          responsive={false}
          current={stepIndex}
          style={{ marginBottom: 16 }}
          items={[{ title: '选择文件' }, { title: '校验' }, { title: '确认导入' }]}
        />
        {extraFields && (phase.step === 'choose' || phase.step === 'checked') ? (
          <div style={{ marginBottom: 12 }}>{extraFields.form}</div>
        ) : null}
        {body}
      </div>
    </Modal>
  );
}
