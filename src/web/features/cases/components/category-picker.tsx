import {
  AppstoreOutlined,
  BankOutlined,
  CarOutlined,
  FileProtectOutlined,
  GiftOutlined,
  InboxOutlined,
  MedicineBoxOutlined,
  TeamOutlined,
  ThunderboltOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { problemCategories, type ProblemCategory } from '../../../../domain/cases/problem';

const details: Record<ProblemCategory, { icon: ReactNode; hint: string }> = {
  用工: { icon: <TeamOutlined />, hint: '招工、返岗、隔离' },
  原材料供应: { icon: <InboxOutlined />, hint: '原料断供、库存' },
  物流运输: { icon: <CarOutlined />, hint: '通行、运输受阻' },
  资金融资: { icon: <BankOutlined />, hint: '贷款、流动资金' },
  防疫物资: { icon: <MedicineBoxOutlined />, hint: '口罩、消毒液' },
  能源要素保障: { icon: <ThunderboltOutlined />, hint: '用电、用气、用水' },
  审批手续: { icon: <FileProtectOutlined />, hint: '证照、报建审批' },
  政策兑现: { icon: <GiftOutlined />, hint: '补贴、减免兑现' },
  其他: { icon: <AppstoreOutlined />, hint: '以上都不是' },
};

interface CategoryPickerProps {
  id?: string;
  value?: ProblemCategory;
  onChange?: (value: ProblemCategory) => void;
  'aria-invalid'?: boolean;
}

/** The nine problem categories as large tiles, three by three on a phone: one tap chooses. */
export function CategoryPicker({ id, value, onChange, ...rest }: CategoryPickerProps) {
  return (
    <div id={id} role="radiogroup" aria-label="问题类别" className="case-category-picker" {...rest}>
      {problemCategories.map((category) => {
        const isChecked = value === category;
        return (
          <button
            key={category}
            type="button"
            role="radio"
            aria-checked={isChecked}
            className={`case-category-option${isChecked ? ' is-checked' : ''}`}
            data-testid={`case-category-${category}`}
            onClick={() => onChange?.(category)}
          >
            <span className="case-category-icon">{details[category].icon}</span>
            <span className="case-category-label">{category}</span>
            <span className="case-category-hint">{details[category].hint}</span>
          </button>
        );
      })}
    </div>
  );
}
