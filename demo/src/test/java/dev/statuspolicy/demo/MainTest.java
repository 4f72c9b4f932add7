package dev.statuspolicy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line behaves as users of command-line tools expect. */
class MainTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void anUnknownCommandPrintsTheUsageAndExitsWith2() {
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(err()).startsWith("error: unknown command 'frobnicate'\nusage:");
    assertThat(out()).isEmpty();
  }

  @Test
  void noCommandPrintsTheUsageAndExitsWith2() {
    assertThat(run()).isEqualTo(2);
    assertThat(err()).contains("usage:");
  }

  @Test
  void anUnknownFlagPrintsTheUsageAndExitsWith2() {
    assertThat(run("serve", "--prot", "8080")).isEqualTo(2);
    assertThat(err()).startsWith("error: unknown option '--prot' for serve\nusage:");
  }

  @Test
  void aMalformedNumberIsAUsageError() {
    assertThat(run("serve", "--rate-limit", "many")).isEqualTo(2);
    assertThat(err()).startsWith("error: --rate-limit must be a number, was 'many'");
  }

  @Test
  void anUnknownServerOrHostIsAUsageErrorAndTheUsageNamesBoth() {
    assertThat(run("serve", "--server", "tomcat")).isEqualTo(2);
    assertThat(run("serve", "--host", "no-such-host.invalid")).isEqualTo(2);
    assertThat(err()).contains("error: unknown server 'tomcat'", "error: --host: no such address",
        "[--host 127.0.0.1] [--server jetty|jdk]");
  }

  @Test
  void aPortInUseGivesOneLineAndExitsWith1() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      int status = run("serve", "--port", Integer.toString(taken.getLocalPort()));

      assertThat(status).isEqualTo(1);
      assertThat(err()).isEqualTo("error: cannot listen on port " + taken.getLocalPort()
          + ": it is already in use" + System.lineSeparator());
    }
  }

  @Test
  void explainPrintsTheResponseThenEveryRowConsulted() {
    int status = run("explain", "GET",
        "http://localhost:8080/weatherapi/geosatellite/1.4/image?area=europe",
        "-H", "User-Agent: MyApp/1.0", "-H", "Authorization: Bearer demo-basic");

    assertThat(status).isZero();
    String text = out();
    assertThat(text).startsWith("HTTP/1.1 403 Forbidden\n")
        .contains("X-ErrorClass: access-denied\n")
        .contains("  11  credentials-required     passed\n")
        .contains("  12  access-denied            fired  <- decides: 403 Forbidden\n")
        .doesNotContain("coordinates-too-precise");
    assertThat(text.indexOf("</html>")).isLessThan(text.indexOf("Trace"));
  }

  @Test
  void explainHtmlRendersTheSameTraceAsAPage() {
    int status = run("explain", "GET",
        "http://localhost:8080/weatherapi/geosatellite/1.4/image?area=europe", "--html",
        "-H", "User-Agent: MyApp/1.0 <b>", "-H", "Authorization: Bearer demo-basic");

    assertThat(status).isZero();
    String page = out();
    assertThat(page).startsWith("<!DOCTYPE html>\n").endsWith("</html>\n")
        .contains("<h1>Why 403 Forbidden?</h1>")
        .contains("<a href=\"http://127.0.0.1:8080/weatherapi/problems/access-denied\">")
        .contains("<tr><td>11</td><td><code>credentials-required</code></td>")
        .contains("<strong>fired: decides 403 Forbidden</strong>")
        .contains("User-Agent: MyApp/1.0 &lt;b&gt;")
        .doesNotContain("<b>")
        .doesNotContain("Trace (rows in precedence order");
  }

  @Test
  void explainRunsTheBackendOutcomeGiven() {
    assertThat(run("explain", "get", "/weatherapi/locationforecast/2.0/compact?lat=60&lon=11",
        "-H", "User-Agent: MyApp/1.0", "--outcome", "timeout")).isZero();

    assertThat(out()).startsWith("HTTP/1.1 504 Gateway Timeout\n")
        .contains("  19  backend-timeout          fired")
        .contains("Backend: timed out.");
  }

  @Test
  void explainShowsTheDocumentOfASuccess() {
    assertThat(run("explain", "GET", "/weatherapi/textforecast/2.0/overview",
        "-H", "User-Agent: MyApp/1.0")).isZero();

    assertThat(out()).startsWith("HTTP/1.1 200 OK\n")
        .contains("Content-Type: application/json\n\n{\"product\":\"textforecast\"")
        .contains("  27  ok                       fired");
  }

  @Test
  void explainRefusesAnUnknownOutcomeAndAMalformedHeader() {
    assertThat(run("explain", "GET", "/weatherapi/x/1/y", "--outcome", "sunny")).isEqualTo(2);
    assertThat(err()).startsWith("error: unknown outcome 'sunny'");
    assertThat(run("explain", "GET", "/weatherapi/x/1/y", "-H", "NoColon")).isEqualTo(2);
    assertThat(run("explain", "GET")).isEqualTo(2);
  }
}
