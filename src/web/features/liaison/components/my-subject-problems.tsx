import { Card, Empty, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import type { MyHome } from '../../../../contracts/liaison';
import { caseStates, type CaseState } from '../../../../domain/cases/workflow';
import { CaseStateTag } from '../../../components/case-state-tag';
import { LightTag, formatDeadline } from '../../../components/light-tag';

type OpenProblem = MyHome['openProblems'][number];

const isCaseState = (state: string): state is CaseState => caseStates.includes(state as CaseState);

/** 我的未办结问题: problems of the officer's subjects not yet closed, with their time-limit lights. */
export function MySubjectProblems({ problems }: { problems: OpenProblem[] }) {
  return (
    <Card
      variant="borderless"
      size="small"
      title={`我的未办结问题（${problems.length}）`}
      data-testid="my-open-problems"
    >
      {problems.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="所联系企业和项目的问题都已办结" />
      ) : (
        problems.map((p) => (
          <Link key={p.id} to={`/cases/${p.id}`} className="my-problem" data-testid="my-open-problem">
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text type="secondary" className="visit-number">
                {p.number}
              </Typography.Text>
              {isCaseState(p.state) ? <CaseStateTag state={p.state} /> : null}
            </Flex>
            <span className="my-problem-title">{p.title}</span>
            <Flex gap={8} wrap align="center">
              {p.light ? (
                <LightTag light={p.light} deadline={p.deadline} />
              ) : p.deadline ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDeadline(p.deadline)}
                </Typography.Text>
              ) : null}
              {p.subjectName ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {p.subjectName}
                </Typography.Text>
              ) : null}
            </Flex>
          </Link>
        ))
      )}
    </Card>
  );
}
