package dev.statuspolicy.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A modular host compiles against core alone and runs; the BOM names every published module. */
class ModularConsumerTest {

  private static final Path ROOT = Path.of("..", "..");

  @Test
  void aModularHostDecidesWithCoreAlone() {
    ForecastFront front = new ForecastFront();
    assertThat(front.get("/weatherapi/nowcast/2.0/complete?lat=60&lon=10", "Acme/1.0").status().code())
        .isEqualTo(200);
    assertThat(front.get("/weatherapi/nowcast/2.0/complete?lat=60&lon=10", null).status().code())
        .isEqualTo(403);
    assertThat(ForecastFront.class.getModule().getName()).isEqualTo("dev.statuspolicy.example.consumer");
    assertThat(StatusPolicyModule.name()).isEqualTo("dev.statuspolicy");
  }

  @Test
  void thisPomNamesNoJspecify() throws Exception {
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    String descriptor = Files.readString(Path.of("src", "main", "java", "module-info.java"), StandardCharsets.UTF_8);
    assertThat(pom.replaceAll("<!--.*?-->", "")).doesNotContainIgnoringCase("jspecify");
    assertThat(descriptor).doesNotContainIgnoringCase("jspecify");
  }

  @Test
  void theBomManagesEveryPublishedModuleAtTheProjectVersion() throws Exception {
    String bom = Files.readString(ROOT.resolve("bom").resolve("pom.xml"), StandardCharsets.UTF_8);
    assertThat(tag(bom.substring(bom.indexOf("<artifactId>status-policy-bom</artifactId>")), "version"))
        .as("the BOM's own version").isEqualTo(System.getProperty("project.version"));
    List<String> published = new ArrayList<>();
    try (Stream<Path> poms = Files.walk(ROOT, 3)) {
      for (Path pom : (Iterable<Path>) poms.filter(p -> p.getFileName().toString().equals("pom.xml"))::iterator) {
        String text = Files.readString(pom, StandardCharsets.UTF_8);
        boolean jar = !text.contains("<packaging>pom</packaging>");
        if (jar && !text.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
          published.add(tag(text.substring(text.indexOf("</parent>")), "artifactId"));
        }
      }
    }
    assertThat(published).contains("status-policy-core");
    for (String artifact : published) {
      assertThat(bom).as("the BOM manages " + artifact)
          .contains("<artifactId>" + artifact + "</artifactId>\n        <version>${project.version}</version>");
    }
  }

  private static String tag(String xml, String name) {
    Matcher matcher = Pattern.compile("<" + name + ">([^<]+)</" + name + ">").matcher(xml);
    assertThat(matcher.find()).as("a <" + name + "> in the pom").isTrue();
    return matcher.group(1);
  }

  /** The module of core, as the consumer sees it. */
  private static final class StatusPolicyModule {
    static String name() {
      return dev.statuspolicy.StatusPolicy.class.getModule().getName();
    }
  }
}
