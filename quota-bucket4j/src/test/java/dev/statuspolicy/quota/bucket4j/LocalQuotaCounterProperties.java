package dev.statuspolicy.quota.bucket4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.Quota;
import dev.statuspolicy.QuotaClaim;
import dev.statuspolicy.QuotaUnavailableException;
import dev.statuspolicy.request.QuotaUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

class LocalQuotaCounterProperties {

  /** One request: which application, after how long since the previous request. */
  record Step(int application, int afterMillis) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    // Mostly short gaps, so that windows fill up; sometimes longer than either window.
    Arbitrary<Integer> gaps = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.integers().between(0, 150)),
        Tuple.of(1, Arbitraries.integers().between(150, 2500)));
    return Combinators.combine(Arbitraries.integers().between(0, 3), gaps)
        .as(Step::new).list().ofMinSize(1).ofMaxSize(120);
  }

  /**
   * The counter answers as plain fixed windows do, with the bound: the same counts, the same
   * resets, the same refusals of a full table, whether or not a passed window was dropped.
   * Applications 0 and 2 have a one-second window, 1 and 3 a two-second one.
   */
  @Property(tries = 300)
  void answersAsFixedWindowsDo(@ForAll("steps") List<Step> steps,
      @ForAll @IntRange(min = 1, max = 5) int limit,
      @ForAll @IntRange(min = 1, max = 4) int maxApplications) {
    ManualTime time = new ManualTime();
    LocalQuotaCounter counter = LocalQuotaCounter.builder()
        .maxApplications(maxApplications).timeMeter(time).build();
    FixedWindows windows = new FixedWindows(maxApplications);
    List<Quota> quotas = List.of(Quota.perSecond("short", limit),
        new Quota("long", limit, Duration.ofSeconds(2)));

    for (Step step : steps) {
      time.advance(Duration.ofMillis(step.afterMillis()));
      QuotaClaim claim =
          new QuotaClaim(quotas.get(step.application() % 2), "app" + step.application());
      QuotaUsage expected;
      try {
        expected = windows.count(claim, time.currentTimeNanos());
      } catch (QuotaUnavailableException full) {
        assertThatThrownBy(() -> counter.count(claim)).isInstanceOf(QuotaUnavailableException.class);
        continue;
      }
      assertThat(counter.count(claim)).isEqualTo(expected);
      assertThat(counter.applications()).isLessThanOrEqualTo(maxApplications);
    }
  }

  /**
   * However many threads count one application at once, each window admits exactly its limit
   * and no more, and the admitted requests are numbered 1 to the limit, each once.
   */
  @Property(tries = 40)
  void concurrentCountsNeverAdmitMoreThanTheLimitPerWindow(
      @ForAll @IntRange(min = 1, max = 40) int limit,
      @ForAll @IntRange(min = 2, max = 4) int threads,
      @ForAll @IntRange(min = 1, max = 30) int requestsPerThread) throws Exception {
    ManualTime time = new ManualTime();
    LocalQuotaCounter counter = LocalQuotaCounter.builder().timeMeter(time).build();
    QuotaClaim claim = new QuotaClaim(Quota.perSecond("app", limit), "acme");
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int window = 0; window < 3; window++) {
        ConcurrentLinkedQueue<QuotaUsage> usages = new ConcurrentLinkedQueue<>();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          running.add(pool.submit(() -> {
            go.await();
            for (int i = 0; i < requestsPerThread; i++) {
              usages.add(counter.count(claim));
            }
            return null;
          }));
        }
        go.countDown();
        for (Future<?> each : running) {
          each.get();
        }
        long admitted = Math.min(limit, (long) threads * requestsPerThread);
        assertThat(usages.stream().filter(usage -> !usage.over()).map(QuotaUsage::requests))
            .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, admitted).boxed().toList());
        time.advance(Duration.ofSeconds(1));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
