import { Col, DatePicker, Form, Input, InputNumber, Row, Switch } from 'antd';
import { enterpriseInputSchema } from '../../../../contracts/registry';
import { contractRule } from '../../../lib/form-errors';
import { isMaskedPhone } from '../lib/enterprise-form-values';
import { CreditCodeField } from './credit-code-field';
import { IndustryCodeField } from './industry-code-field';
import { SubjectRegionField } from './subject-region-field';

interface EnterpriseFormFieldsProps {
  /** An enterprise's own user: the identity fields are shown but cannot be changed. */
  isEnterpriseUser: boolean;
  /** The phone as loaded, possibly masked (138****5678): saving it back unchanged is allowed. */
  originalPhone?: string;
}

const shape = enterpriseInputSchema.shape;

export function EnterpriseFormFields({ isEnterpriseUser, originalPhone }: EnterpriseFormFieldsProps) {
  const locked = isEnterpriseUser;
  return (
    <>
      <CreditCodeField disabled={locked} />
      <Form.Item
        name="name"
        label="企业名称"
        rules={[{ required: true, whitespace: true, message: '请填写企业名称' }, contractRule(shape.name)]}
      >
        <Input disabled={locked} maxLength={100} autoComplete="off" placeholder="与营业执照一致" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <SubjectRegionField disabled={locked} />
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="activeFrom" label="纳入统计日期" tooltip="不填则为今天">
            <DatePicker disabled={locked} style={{ width: '100%' }} placeholder="默认今天" />
          </Form.Item>
        </Col>
      </Row>
      <IndustryCodeField disabled={locked} />
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="workforce"
            label="从业人员数"
            tooltip="正常生产时的从业人员，用于计算到岗率"
            rules={[{ required: true, message: '请填写从业人员数' }]}
          >
            <InputNumber
              min={0}
              max={1_000_000}
              precision={0}
              inputMode="numeric"
              suffix="人"
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="annualOutput"
            label="年产值"
            rules={[
              { required: true, whitespace: true, message: '请填写年产值' },
              contractRule(shape.annualOutput),
            ]}
            normalize={(v: string) => v.replace(/[,，\s]/g, '')}
          >
            <Input inputMode="decimal" suffix="万元" autoComplete="off" placeholder="如 12345.67" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="address" label="地址" rules={[contractRule(shape.address)]}>
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="contactName" label="联系人" rules={[contractRule(shape.contactName)]}>
            <Input maxLength={50} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="contactPhone"
            label="联系电话"
            rules={[
              {
                validator: async (_rule, value: string | undefined) => {
                  const phone = value?.trim() ?? '';
                  if (!phone || (isMaskedPhone(originalPhone) && phone === originalPhone)) return;
                  const result = shape.contactPhone.safeParse(phone);
                  if (!result.success)
                    throw new Error(result.error.issues[0]?.message ?? '电话号码格式不正确');
                },
              },
            ]}
          >
            <Input inputMode="tel" autoComplete="off" placeholder="手机或座机，如 0734-8888888" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="isContinuousProcess"
        label="连续生产型"
        valuePropName="checked"
        tooltip="冶炼、水泥、化工等不能随意停炉停产的企业，春节期间也在生产"
      >
        <Switch checkedChildren="是" unCheckedChildren="否" />
      </Form.Item>
    </>
  );
}
