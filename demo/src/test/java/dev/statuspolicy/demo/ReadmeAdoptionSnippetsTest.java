package dev.statuspolicy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The framework modules' adoption code in README.md is the code their example applications run:
 * each example marks its lines, its module's tests start it on a real server, and here the
 * marked lines, unindented, must appear in the README as they are. So is the product teams'
 * code: the Nowcast team's row, its extension, and its kit test.
 */
class ReadmeAdoptionSnippetsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "spring-boot/src/test/java/dev/statuspolicy/spring/example/ForecastApi.java, README begin, README end",
      "javalin/src/test/java/dev/statuspolicy/javalin/NowcastOnJavalin.java, README begin, README end",
      "vertx/src/test/java/dev/statuspolicy/vertx/example/WeatherApp.java, README: from here, README: to here",
      "examples/nowcast-team/src/main/java/dev/statuspolicy/examples/nowcast/RadarSiteDown.java, README begin, README end",
      "examples/nowcast-team/src/test/java/dev/statuspolicy/examples/nowcast/NowcastTeamContractTest.java, README begin, README end",
  })
  void theReadmeShowsTheExampleAsItRuns(String example, String begin, String end)
      throws IOException {
    String snippet = marked(Files.readString(Path.of("..", example), StandardCharsets.UTF_8),
        begin, end);
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);

    assertThat(snippet.lines().count()).as("lines marked in %s", example).isGreaterThan(3);
    assertThat(readme).as("README.md must show the code %s runs", example).contains(snippet);
  }

  /** The lines between the two marker comments, with their common indentation removed. */
  private static String marked(String source, String begin, String end) {
    Matcher matcher = Pattern.compile("// " + Pattern.quote(begin) + "[^\\n]*\\n(.*?)\\n[ \\t]*// "
        + Pattern.quote(end), Pattern.DOTALL).matcher(source);
    assertThat(matcher.find()).as("markers '%s' and '%s'", begin, end).isTrue();
    List<String> lines = matcher.group(1).lines().collect(Collectors.toList());
    int indent = lines.stream().filter(line -> !line.isBlank())
        .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
    return lines.stream().map(line -> line.isBlank() ? "" : line.substring(indent))
        .collect(Collectors.joining("\n"));
  }
}
