import { AutoComplete, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { projectInputSchema } from '../../../../contracts/registry';
import { contractRule } from '../../../lib/form-errors';
import { categoryOptions, levelOptions, stageOptions } from '../lib/project-labels';
import { SubjectRegionField } from './subject-region-field';

const shape = projectInputSchema.shape;

export function ProjectFormFields() {
  return (
    <>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="code"
            label="项目编号"
            rules={[
              { required: true, whitespace: true, message: '请填写项目编号' },
              contractRule(shape.code),
            ]}
            normalize={(v: string) => v.toUpperCase()}
          >
            <Input maxLength={40} autoComplete="off" placeholder="如 HY2020-M001" className="registry-code" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="level" label="项目级别" rules={[{ required: true, message: '请选择项目级别' }]}>
            <Select options={levelOptions} placeholder="省级 / 市级 / 县级" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="name"
        label="项目名称"
        rules={[{ required: true, whitespace: true, message: '请填写项目名称' }, contractRule(shape.name)]}
      >
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="ownerUnit"
        label="建设单位"
        rules={[
          { required: true, whitespace: true, message: '请填写建设单位' },
          contractRule(shape.ownerUnit),
        ]}
      >
        <Input maxLength={100} autoComplete="off" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <SubjectRegionField />
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="category"
            label="项目类别"
            rules={[
              { required: true, whitespace: true, message: '请填写项目类别' },
              contractRule(shape.category),
            ]}
          >
            <AutoComplete options={categoryOptions} placeholder="选择或填写" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="totalInvestment"
            label="总投资"
            rules={[
              { required: true, whitespace: true, message: '请填写总投资' },
              contractRule(shape.totalInvestment),
            ]}
            normalize={(v: string) => v.replace(/[,，\s]/g, '')}
          >
            <Input inputMode="decimal" suffix="万元" autoComplete="off" placeholder="如 125000.00" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="annualPlannedInvestment"
            label="年度计划投资"
            rules={[
              { required: true, whitespace: true, message: '请填写年度计划投资' },
              contractRule(shape.annualPlannedInvestment),
            ]}
            normalize={(v: string) => v.replace(/[,，\s]/g, '')}
          >
            <Input inputMode="decimal" suffix="万元" autoComplete="off" placeholder="如 30000.00" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item
            name="plannedStart"
            label="计划开工"
            rules={[{ required: true, message: '请选择计划开工日期' }]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="plannedEnd"
            label="计划竣工"
            dependencies={['plannedStart']}
            rules={[
              { required: true, message: '请选择计划竣工日期' },
              ({ getFieldValue }) => ({
                validator: async (_rule, end: Dayjs | null | undefined) => {
                  const start = getFieldValue('plannedStart') as Dayjs | null | undefined;
                  if (start && end && end.isBefore(start, 'day'))
                    throw new Error('计划竣工日期不能早于计划开工日期');
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="stage" label="建设阶段" rules={[{ required: true, message: '请选择建设阶段' }]}>
            <Select options={stageOptions} placeholder="前期 / 新开工 / 续建 / 竣工" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="activeFrom" label="纳入统计日期" tooltip="不填则为今天">
            <DatePicker style={{ width: '100%' }} placeholder="默认今天" />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
