package dev.statuspolicy.benchmarks;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.request.RequestFacts;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * How the policy's cost grows with the length of hostile input, which must stay linear and
 * bounded: query strings of 1 KB, 64 KB and 1 MB made of many junk pairs, of pairs without
 * {@code =}, of one huge value, or of percent-escapes, and User-Agents of the same length. Before
 * this benchmark, pairs without {@code =} and agents of words without {@code /} cost the square
 * of their length.
 */
@Fork(jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HostileInputBenchmark {

  /** Length of the hostile input, in characters. */
  @Param({"1024", "65536", "1048576"})
  public int length;

  /**
   * The attack: {@code pairs} (undeclared {@code x=y} pairs after a valid query), {@code flags}
   * (pairs without {@code =}), {@code value} (one huge lat), {@code escapes} (a huge
   * percent-encoded parameter name), {@code agent} (a User-Agent of generic tokens and comments)
   * or {@code words} (a User-Agent of generic names without {@code /}).
   */
  @Param({"pairs", "flags", "value", "escapes", "agent", "words"})
  public String attack;

  private StatusPolicy policy;
  private RequestFacts facts;

  /** Builds the hostile request once. */
  @Setup
  public void setUp() {
    policy = Fixtures.policy();
    String accept = "application/problem+json";
    facts = switch (attack) {
      case "pairs" -> Fixtures.request(fill(Fixtures.GOOD_QUERY, "&x=y", length), accept).build();
      case "flags" -> Fixtures.request(fill(Fixtures.GOOD_QUERY, "&x", length), accept).build();
      case "value" -> Fixtures.request(fill("lon=10.7&lat=", "9", length), accept).build();
      case "escapes" -> Fixtures.request(fill(Fixtures.GOOD_QUERY + "&", "%41", length) + "=1", accept).build();
      case "agent" -> Fixtures.request(Fixtures.GOOD_QUERY, accept, fill("", "okhttp/4 (x) ", length)).build();
      case "words" -> Fixtures.request(Fixtures.GOOD_QUERY, accept, fill("", "okhttp ", length)).build();
      default -> throw new IllegalArgumentException(attack);
    };
  }

  private static String fill(String prefix, String unit, int length) {
    StringBuilder text = new StringBuilder(length + unit.length()).append(prefix);
    while (text.length() + unit.length() <= length) {
      text.append(unit);
    }
    return text.toString();
  }

  /** Admission and response, with the error body rendered. */
  @Benchmark
  public Decision decide() {
    return policy.respond(policy.admit(facts), Fixtures.DATA);
  }
}
