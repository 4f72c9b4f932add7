package dev.statuspolicy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statuspolicy.decision.Trace;
import dev.statuspolicy.decision.Trace.Verdict;
import dev.statuspolicy.table.RowId;
import org.junit.jupiter.api.Test;

/** A row's verdict, recorded again, replaces the earlier one, whatever the table's size. */
class VerdictReplacementTest {

  private static Trace.Entry[][] table(int rows) {
    Trace.Entry[][] table = new Trace.Entry[rows][Verdict.values().length];
    for (int row = 0; row < rows; row++) {
      for (Verdict verdict : Verdict.values()) {
        table[row][verdict.ordinal()] = new Trace.Entry(RowId.of("row-" + row), verdict);
      }
    }
    return table;
  }

  private static void replacesEveryVerdictByEveryOther(int rows) {
    Trace.Entry[][] table = table(rows);
    for (Verdict first : Verdict.values()) {
      for (Verdict second : Verdict.values()) {
        VerdictLog log = new VerdictLog(rows) {};
        for (int row = 0; row < rows; row++) {
          log.record(row, first);
          log.record(row, second);
        }
        TraceEntries trace = log.trace(table, rows, null);
        for (int row = 0; row < rows; row++) {
          assertThat(trace.get(row).verdict()).as(first + " then " + second + " at row " + row).isEqualTo(second);
          assertThat(trace.get(row).row()).isEqualTo(RowId.of("row-" + row));
        }
      }
    }
  }

  @Test
  void inASmallTable() {
    replacesEveryVerdictByEveryOther(32);
  }

  @Test
  void inALargeTable() {
    replacesEveryVerdictByEveryOther(40);
  }
}
