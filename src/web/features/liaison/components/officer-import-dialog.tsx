import { Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { checkPasswordStrength } from '../../../../domain/password-rule';
import { ImportDialog } from '../../../components/import-dialog/import-dialog';
import { PasswordStrengthHint } from '../../../components/password-strength-hint';
import { officerFiles } from '../api/officers';

interface OfficerImportDialogProps {
  open: boolean;
  onClose: () => void;
  onImported: () => void;
}

/**
 * 导入联络员: the sheet gives name, mobile, unit, post, region and dates; every new officer's account
 * gets the one initial password typed here (sent before the file), to be changed at first sign-in.
 */
export function OfficerImportDialog({ open, onClose, onImported }: OfficerImportDialogProps) {
  const [password, setPassword] = useState('');
  useEffect(() => {
    if (open) setPassword('');
  }, [open]);
  // Needed only when the sheet has officers not yet on the roster; the server says so if it is missing.
  const problem = password ? checkPasswordStrength(password) : null;

  return (
    <ImportDialog
      open={open}
      onClose={onClose}
      title="导入联络员"
      endpoint={officerFiles.importPath}
      template={officerFiles.template}
      onImported={onImported}
      extraFields={{
        values: password ? { initialPassword: password } : {},
        blocker: problem ? '初始密码强度不够，请修改后再选择文件' : null,
        form: (
          <Form layout="vertical" component="div">
            <Form.Item
              label="新增联络员的初始密码"
              style={{ marginBottom: 4 }}
              extra={<PasswordStrengthHint password={password} />}
            >
              <Input.Password
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                autoComplete="new-password"
                placeholder="表中有新联络员时必填"
                data-testid="officer-import-password"
                style={{ maxWidth: 360 }}
              />
            </Form.Item>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              表中的新联络员都以此为初始密码、以手机号登录，首次登录须修改密码；名册中已有的联络员（同一手机号）只更新信息，密码不变。
            </Typography.Text>
          </Form>
        ),
      }}
    />
  );
}
