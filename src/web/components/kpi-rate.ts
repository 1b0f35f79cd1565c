/** A rate from the API (one decimal already) as 89.6%; “—” when the denominator was zero. */
export function formatRate(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${rate.toFixed(1)}%`;
}

/** The number alone (89.6), for big figures whose % sign is drawn smaller. */
export function formatRateNumber(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : rate.toFixed(1);
}
