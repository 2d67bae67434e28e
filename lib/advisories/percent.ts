/** A share in whole percent, 0 when there is nothing to share. */
export const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);
