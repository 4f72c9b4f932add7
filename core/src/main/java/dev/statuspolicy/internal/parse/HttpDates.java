package dev.statuspolicy.internal.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * HTTP dates (RFC 9110 section 5.6.7): formats IMF-fixdate, and parses IMF-fixdate plus the two
 * obsolete forms, RFC 850 and asctime. Parsing never throws.
 */
public final class HttpDates {

  /** Returned by {@link #parse} for text that is not an HTTP date. */
  public static final long INVALID = Long.MIN_VALUE;

  private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final String[] LONG_DAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  /** The earliest instant an HTTP-date can carry: the start of year 1. */
  public static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");

  /** The latest instant an HTTP-date can carry: the end of year 9999 (four-digit years). */
  public static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

  private HttpDates() {}

  /**
   * Returns whether an instant can be written as an HTTP-date: its year is between 1 and 9999.
   *
   * @param instant the instant
   * @return true when {@link #format} can write it
   */
  public static boolean isFormattable(Instant instant) {
    return !instant.isBefore(FIRST) && !instant.isAfter(LAST);
  }

  /**
   * Refuses a date that cannot be sent as an HTTP-date, naming the setting that holds it.
   *
   * @param name the setting, such as {@code sunset}
   * @param date the date; null passes
   * @throws IllegalArgumentException if the date's year is outside 1 to 9999
   */
  public static void requireFormattable(String name, @org.jspecify.annotations.Nullable Instant date) {
    if (date != null && !isFormattable(date)) {
      throw new IllegalArgumentException(
          name + " must lie between the years 1 and 9999 to be sent as an HTTP-date, was " + date);
    }
  }

  /**
   * Formats an instant as IMF-fixdate, such as {@code Sun, 06 Nov 1994 08:49:37 GMT}.
   *
   * @param instant the instant, {@linkplain #isFormattable formattable}; fractions of a second
   *     are dropped
   * @return the date
   */
  public static String format(Instant instant) {
    ZonedDateTime t = instant.atZone(ZoneOffset.UTC);
    StringBuilder out = new StringBuilder(29);
    out.append(DAYS[t.getDayOfWeek().ordinal()]).append(", ");
    two(out, t.getDayOfMonth()).append(' ').append(MONTHS[t.getMonthValue() - 1]).append(' ');
    int year = t.getYear();
    if (year >= 0 && year < 1000) {
      out.append(year < 10 ? "000" : year < 100 ? "00" : "0");
    }
    out.append(year).append(' ');
    two(out, t.getHour()).append(':');
    two(out, t.getMinute()).append(':');
    two(out, t.getSecond()).append(" GMT");
    return out.toString();
  }

  private static StringBuilder two(StringBuilder out, int n) {
    return out.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
  }

  /**
   * Parses an HTTP date in any of its three forms.
   *
   * @param text the field value; may be anything
   * @param now the current instant, to place two-digit RFC 850 years (no more than 50 years ahead)
   * @return epoch seconds, or {@link #INVALID}
   */
  public static long parse(String text, Instant now) {
    String s = text.strip();
    if (s.length() < 24 || s.length() > 40) {
      return INVALID;
    }
    int comma = s.indexOf(',');
    if (comma == 3) {
      return imfFixdate(s);
    }
    if (comma > 3) {
      return rfc850(s, comma, now);
    }
    return asctime(s);
  }

  // Sun, 06 Nov 1994 08:49:37 GMT
  private static long imfFixdate(String s) {
    if (s.length() != 29 || !isDayName(s, 3, DAYS) || s.charAt(4) != ' ' || s.charAt(7) != ' '
        || s.charAt(11) != ' ' || s.charAt(16) != ' ' || !s.endsWith(" GMT")) {
      return INVALID;
    }
    return of(number(s, 12, 16), month(s, 8), number(s, 5, 7), s, 17);
  }

  // Sunday, 06-Nov-94 08:49:37 GMT
  private static long rfc850(String s, int comma, Instant now) {
    int at = comma + 2;
    if (!isDayName(s, comma, LONG_DAYS) || s.length() != at + 22 || s.charAt(comma + 1) != ' '
        || s.charAt(at + 2) != '-' || s.charAt(at + 6) != '-' || s.charAt(at + 9) != ' '
        || !s.endsWith(" GMT")) {
      return INVALID;
    }
    int yy = number(s, at + 7, at + 9);
    if (yy < 0) {
      return INVALID;
    }
    int currentYear = now.atZone(ZoneOffset.UTC).getYear();
    int year = (currentYear / 100) * 100 + yy;
    if (year > currentYear + 50) {
      year -= 100;
    }
    return of(year, month(s, at + 3), number(s, at, at + 2), s, at + 10);
  }

  // Sun Nov  6 08:49:37 1994
  private static long asctime(String s) {
    if (s.length() != 24 || !isDayName(s, 3, DAYS) || s.charAt(3) != ' ' || s.charAt(7) != ' '
        || s.charAt(10) != ' ' || s.charAt(19) != ' ') {
      return INVALID;
    }
    int day = s.charAt(8) == ' ' ? number(s, 9, 10) : number(s, 8, 10);
    return of(number(s, 20, 24), month(s, 4), day, s, 11);
  }

  private static long of(int year, int month, int day, String s, int timeAt) {
    if (s.charAt(timeAt + 2) != ':' || s.charAt(timeAt + 5) != ':') {
      return INVALID;
    }
    int hour = number(s, timeAt, timeAt + 2);
    int minute = number(s, timeAt + 3, timeAt + 5);
    int second = number(s, timeAt + 6, timeAt + 8);
    if (year < 0 || month < 1 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 60) {
      return INVALID;
    }
    if (day > LocalDate.of(year, month, 1).lengthOfMonth()) {
      return INVALID;
    }
    long days = LocalDate.of(year, month, day).toEpochDay();
    return days * 86_400 + hour * 3_600L + minute * 60L + Math.min(second, 59);
  }

  /**
   * Returns whether the text up to {@code end} is one of the day names. Which day it names is not
   * compared with the date: RFC 9110 makes the day name redundant.
   */
  private static boolean isDayName(String s, int end, String[] names) {
    for (String name : names) {
      if (end == name.length() && s.startsWith(name)) {
        return true;
      }
    }
    return false;
  }

  private static int month(String s, int at) {
    for (int i = 0; i < MONTHS.length; i++) {
      if (s.startsWith(MONTHS[i], at)) {
        return i + 1;
      }
    }
    return -1;
  }

  /** Returns the decimal number in [from, to), or -1 when a character is not a digit. */
  private static int number(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
