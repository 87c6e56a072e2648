import { useEffect, useState } from 'preact/hooks';
import { onUnreadable, unreadableRecords } from '../storage/unreadable-records';

/** How many stored records this page had to skip as invalid, kept up to date as more are met. */
export function useUnreadable(): number {
  const [count, setCount] = useState(() => unreadableRecords().length);
  useEffect(() => {
    setCount(unreadableRecords().length);
    return onUnreadable((records) => setCount(records.length));
  }, []);
  return count;
}
