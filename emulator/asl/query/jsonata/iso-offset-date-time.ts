/**
 * AWS reads Wait `Timestamp` as an ISO-8601 extended offset date-time (Java's ISO_OFFSET_DATE_TIME):
 * a `T` between date and time, seconds and up to nine fraction digits optional, and a required `Z`
 * or `+hh:mm` offset; letters in any case; impossible dates and times rejected.
 */
const PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:[Zz]|([+-])(\d{2}):(\d{2})(?::(\d{2}))?)$/;

/** Milliseconds since the epoch (fractions below a millisecond dropped), or undefined if AWS would reject the text. */
export function parseIsoOffsetDateTime(text: string): number | undefined {
  const match = PATTERN.exec(text);
  if (match === null) return undefined;
  const [, year, month, day, hour, minute, second, fraction, sign, offsetHours, offsetMinutes, offsetSeconds] = match;
  const y = Number(year);
  const mo = Number(month);
  const d = Number(day);
  const h = Number(hour);
  const mi = Number(minute);
  const s = Number(second ?? "0");
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return undefined;
  let offset = 0;
  if (sign !== undefined) {
    const oh = Number(offsetHours);
    const om = Number(offsetMinutes);
    const os = Number(offsetSeconds ?? "0");
    if (oh > 18 || om > 59 || os > 59 || (oh === 18 && (om > 0 || os > 0))) return undefined;
    offset = (sign === "-" ? -1 : 1) * ((oh * 60 + om) * 60 + os) * 1000;
  }
  const ms = Math.floor(Number(`0.${fraction ?? "0"}`) * 1000);
  const utc = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  // Date.UTC maps years 0-99 to 1900-1999; setUTCFullYear puts them back.
  const date = new Date(utc);
  date.setUTCFullYear(y);
  return date.getTime() - offset;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
