package dev.statuspolicy.quota.bucket4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statuspolicy.QuotaCounter;
import io.github.bucket4j.Bucket;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Lettuce is {@code provided}: a host that counts in process does not have it. The in-process
 * counter runs in a class loader that holds only this module, the core and Bucket4j's core, on
 * the JDK alone: no Lettuce, Netty, Reactor or SLF4J.
 */
class LocalCounterWithoutLettuceTest {

  @Test
  void countsWithNothingButTheCoreAndBucket4jCore() throws Exception {
    try (URLClassLoader isolated = isolated()) {
      Class<?> quota = isolated.loadClass("dev.statuspolicy.Quota");
      Class<?> claim = isolated.loadClass("dev.statuspolicy.QuotaClaim");
      Class<?> counterClass = isolated.loadClass(LocalQuotaCounter.class.getName());
      Object builder = counterClass.getMethod("builder").invoke(null);
      Object counter = builder.getClass().getMethod("build").invoke(builder);
      Object q = quota.getConstructor(String.class, long.class, Duration.class)
          .newInstance("app", 2L, Duration.ofSeconds(1));
      Object acme = claim.getConstructor(quota, String.class).newInstance(q, "acme");

      Object usage = counterClass.getMethod("count", claim).invoke(counter, acme);

      assertThat(usage.getClass().getMethod("requests").invoke(usage)).isEqualTo(1L);
      assertThat(counterClass.getClassLoader()).isSameAs(isolated);
    }
  }

  @Test
  void theIsolatedLoaderReallyHasNoLettuce() throws Exception {
    try (URLClassLoader isolated = isolated()) {
      assertThatThrownBy(() -> isolated.loadClass("io.lettuce.core.RedisClient"))
          .isInstanceOf(ClassNotFoundException.class);
      assertThatThrownBy(() -> isolated.loadClass(RedisQuotaCounter.class.getName())
              .getMethod("builder", String.class))
          .isInstanceOf(NoClassDefFoundError.class);
    }
  }

  /** The three places the counter's classes come from, under the JDK's platform loader. */
  private static URLClassLoader isolated() {
    return new URLClassLoader(new URL[] {
        location(LocalQuotaCounter.class), location(QuotaCounter.class), location(Bucket.class)},
        ClassLoader.getPlatformClassLoader());
  }

  private static URL location(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }
}
