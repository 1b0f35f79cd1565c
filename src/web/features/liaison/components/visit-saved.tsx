import { Button, Flex, Result, Typography } from 'antd';
import { Link } from 'react-router';
import type { VisitDetail } from '../../../../contracts/liaison';
import { visitModeLabels } from '../../../../domain/liaison';
import { formatDay } from '../lib/visit-labels';

interface VisitSavedProps {
  visit: VisitDetail;
  onHome: () => void;
  onAnother: () => void;
}

/** The confirmation after 保存: what was recorded and the number of each problem raised on the spot. */
export function VisitSaved({ visit, onHome, onAnother }: VisitSavedProps) {
  return (
    <Result
      status="success"
      className="visit-saved"
      data-testid="visit-saved"
      title="走访记录已保存"
      subTitle={
        <span>
          {visit.subjectName} · {formatDay(visit.visitDate)}
          {visitModeLabels[visit.mode]}
          {visit.photoCount > 0 ? ` · 照片 ${visit.photoCount} 张` : ''}
        </span>
      }
      extra={
        <Flex vertical gap={8} align="center">
          {visit.problems.length > 0 ? (
            <div className="visit-saved-problems">
              <Typography.Text strong>
                现场提出的 {visit.problems.length} 个问题已提交，将由调度员交办：
              </Typography.Text>
              {visit.problems.map((p) => (
                <Link
                  key={p.caseId}
                  to={`/cases/${p.caseId}`}
                  className="visit-saved-problem"
                  data-testid="visit-saved-problem"
                >
                  <span className="visit-number" data-testid="visit-saved-number">
                    {p.number}
                  </span>
                  <Typography.Text type="secondary" ellipsis>
                    {p.title}
                  </Typography.Text>
                </Link>
              ))}
            </div>
          ) : null}
          <Flex vertical gap={8} className="visit-saved-actions">
            <Button type="primary" size="large" block onClick={onHome} data-testid="visit-saved-home">
              返回工作台
            </Button>
            <Button size="large" block onClick={onAnother} data-testid="visit-saved-another">
              继续记录
            </Button>
            <Link to={`/liaison/visits/${visit.id}`}>
              <Button type="link" block>
                查看这条走访记录
              </Button>
            </Link>
          </Flex>
        </Flex>
      }
    />
  );
}
