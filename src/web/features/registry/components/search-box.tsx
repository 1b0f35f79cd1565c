import { SearchOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { useState } from 'react';

interface SearchBoxProps {
  value: string | undefined;
  onSearch: (q: string | undefined) => void;
  placeholder: string;
  testId?: string;
}

/** A keyword box that searches on Enter or the button, and at once when cleared. */
export function SearchBox({ value, onSearch, placeholder, testId }: SearchBoxProps) {
  const [text, setText] = useState(value ?? '');
  const [shown, setShown] = useState(value);
  // Follow the address when it changes elsewhere (reset, back/forward).
  if (shown !== value) {
    setShown(value);
    setText(value ?? '');
  }
  const submit = (q: string) => onSearch(q.trim() || undefined);
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        value={text}
        allowClear
        placeholder={placeholder}
        aria-label={placeholder}
        enterKeyHint="search"
        data-testid={testId}
        onChange={(e) => {
          setText(e.target.value);
          // The clear icon empties the box: show everything again.
          if (e.type !== 'change' && e.target.value === '') submit('');
        }}
        onPressEnter={() => submit(text)}
      />
      <Button type="primary" icon={<SearchOutlined />} onClick={() => submit(text)} aria-label="搜索" />
    </Space.Compact>
  );
}
