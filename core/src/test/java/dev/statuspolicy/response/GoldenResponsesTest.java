package dev.statuspolicy.response;

import static dev.statuspolicy.response.ResponseFixtures.oslo;
import static org.assertj.core.api.Assertions.fail;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.Header;
import dev.statuspolicy.outcome.Outcome;
import dev.statuspolicy.request.RequestFacts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Complete responses, compared byte for byte with the files in {@code
 * src/test/resources/golden/}. The files are documentation too: each is what a client receives,
 * status line, headers and body, for one request of the fixture (clock frozen at 2026-03-01
 * 12:00 UTC). Lines end in LF here; on the wire the host writes CRLF after the status line and
 * each header. Where the host writes the backend's data, the file says so in brackets.
 *
 * <p>After an intended change, regenerate them and review the diff as a reader would:
 *
 * <pre>mvn -B -q test -pl core -Dtest=GoldenResponsesTest -Dgolden.update=true</pre>
 */
class GoldenResponsesTest {

  private static final StatusPolicy POLICY = ResponseFixtures.policy();
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  /** Three faults at once: out of range, not a number (with markup), and repeated. */
  private static final String BAD_QUERY = ResponseFixtures.STABLE
      + "?lat=91.5&lon=%3Cb%3E10%3C/b%3E&altitude=12&altitude=90";

  static Stream<Arguments> responses() {
    return Stream.of(
        Arguments.of("400-parameter-invalid.json.http",
            oslo().target(BAD_QUERY).header("Accept", "application/json").requestId("req-4711")
                .build(), Outcome.data()),
        Arguments.of("400-parameter-invalid.html.http",
            oslo().target(BAD_QUERY).header("Accept", "text/html,*/*;q=0.8")
                .requestId("req-4712").build(), Outcome.data()),
        Arguments.of("400-parameter-invalid.txt.http",
            oslo().target(BAD_QUERY).header("Accept", "text/plain").requestId("req-4713").build(),
            Outcome.data()),
        Arguments.of("429-rate-limited.json.http",
            dev.statuspolicy.fixtures.Fixtures.counted(POLICY, oslo(), 27, Duration.ofMillis(350))
                .header("Accept", "application/problem+json").requestId("req-4714").build(),
            Outcome.data()),
        Arguments.of("203-version-deprecated.http",
            oslo(ResponseFixtures.DEPRECATED).build(), Outcome.data(ResponseFixtures.validators())),
        Arguments.of("304-not-modified.http",
            oslo().header("If-None-Match", "W/" + ResponseFixtures.ETAG).build(),
            Outcome.data(ResponseFixtures.validators())),
        Arguments.of("500-internal-error.txt.http",
            oslo().header("Accept", "text/plain").requestId("req-4715").build(),
            Outcome.unexpectedFailure(new IllegalStateException("connection to db-7 refused"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("responses")
  void matchesTheGoldenFile(String file, RequestFacts request, Outcome outcome) throws IOException {
    String actual = render(POLICY.decide(request, outcome));
    Path path = GOLDEN.resolve(file);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(path, actual, StandardCharsets.UTF_8);
      return;
    }
    if (!Files.exists(path)) {
      fail("No golden file %s. Create it with%n  mvn -B -q test -pl core"
          + " -Dtest=GoldenResponsesTest -Dgolden.update=true%nand review it.", path);
    }
    String expected = Files.readString(path, StandardCharsets.UTF_8);
    if (!expected.equals(actual)) {
      fail(difference(file, expected, actual));
    }
  }

  /** Writes a decision as a client would see it. */
  static String render(Decision decision) {
    StringBuilder out = new StringBuilder(decision.statusLine()).append('\n');
    for (Header header : decision.headers()) {
      out.append(header).append('\n');
    }
    out.append('\n');
    Body body = decision.body();
    if (body instanceof Body.ErrorDocument document) {
      out.append(document.text());
    } else if (body instanceof Body.BackendData) {
      out.append("[the backend's data, written by the host]\n");
    }
    return out.toString();
  }

  private static String difference(String file, String expected, String actual) {
    String[] want = expected.split("\n", -1);
    String[] got = actual.split("\n", -1);
    int line = 0;
    while (line < want.length && line < got.length && want[line].equals(got[line])) {
      line++;
    }
    return String.format("Response differs from golden file %s at line %d:%n"
            + "  expected: %s%n  actual:   %s%n%n"
            + "If the change is intended, regenerate the golden files and review the diff:%n"
            + "  mvn -B -q test -pl core -Dtest=GoldenResponsesTest -Dgolden.update=true%n%n"
            + "Whole actual response:%n%s",
        file, line + 1,
        line < want.length ? want[line] : "(end of file)",
        line < got.length ? got[line] : "(end of response)",
        actual);
  }
}
