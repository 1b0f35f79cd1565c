import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useLocation } from 'react-router';

/** Back to the list the user came from, with its filters, or to the plain list. */
export function BackLink({ fallback, label }: { fallback: string; label: string }) {
  const location = useLocation();
  const from = (location.state as { from?: unknown } | null)?.from;
  const to = typeof from === 'string' && from.startsWith(fallback) ? from : fallback;
  return (
    <Link to={to} className="registry-back-link">
      <ArrowLeftOutlined /> {label}
    </Link>
  );
}
