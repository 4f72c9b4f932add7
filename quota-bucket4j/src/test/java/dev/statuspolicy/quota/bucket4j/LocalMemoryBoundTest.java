package dev.statuspolicy.quota.bucket4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.Quota;
import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.QuotaUnavailableException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The default bound, filled: 100,000 applications with open windows are all kept, the next one
 * is refused, and the heap they take is printed (measured, not asserted: the figure depends on
 * the JVM's object layout).
 */
class LocalMemoryBoundTest {

  @Test
  void keepsTheDefaultHundredThousandApplicationsAndRefusesTheNext() {
    ManualTime time = new ManualTime();
    LocalQuotaCounter counter = LocalQuotaCounter.builder().timeMeter(time).build();
    Quota quota = Quota.perSecond("app", 20);
    long before = heapAfterGc();

    for (int i = 0; i < 100_000; i++) {
      counter.count(new QuotaClaim(quota, "application-" + i));
    }
    long after = heapAfterGc();

    assertThat(counter.applications()).isEqualTo(100_000);
    assertThatThrownBy(() -> counter.count(new QuotaClaim(quota, "one-too-many")))
        .isInstanceOf(QuotaUnavailableException.class);
    System.out.printf(Locale.ROOT, "in-process quota table: 100,000 applications take %.1f MB,"
        + " %d bytes each (keys 'app:application-N' of 20-odd characters included)%n",
        (after - before) / 1e6, (after - before) / 100_000);
  }

  private static long heapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
