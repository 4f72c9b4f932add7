package dev.statuspolicy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuspolicy.Quota;
import dev.statuspolicy.catalog.Catalog;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.quota.bucket4j.LocalQuotaCounter;
import dev.statuspolicy.table.RowDefinition;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The demo serves every document on both of its servers: the OpenAPI documents, which a real
 * parser reads without a message, the reference page, and a page at the problem-type URI of
 * every row, so that the type in each error body it sends resolves.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServedDocumentsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient client = HttpClient.newHttpClient();
  private final List<DemoServer> servers = new ArrayList<>();

  @BeforeAll
  void start() throws Exception {
    for (DemoServer.Engine engine : DemoServer.Engine.values()) {
      servers.add(DemoServer.start(engine, Main.DEFAULT_HOST, 0,
          origin -> DemoApi.weatherAt(origin, Clock.systemUTC(), Quota.perSecond("default", 1000),
              LocalQuotaCounter.builder().build(), line -> { })));
    }
  }

  @AfterAll
  void stop() {
    servers.forEach(DemoServer::close);
  }

  private DemoServer server(DemoServer.Engine engine) {
    return servers.get(engine.ordinal());
  }

  @ParameterizedTest
  @EnumSource(DemoServer.Engine.class)
  void everyOpenApiDocumentIsServedAndParsesWithoutAMessage(DemoServer.Engine engine)
      throws Exception {
    String base = "http://127.0.0.1:" + server(engine).port() + "/weatherapi";
    List<String> paths = new ArrayList<>(List.of("/openapi.json"));
    for (Product product : DemoCatalog.catalog().products()) {
      for (ProductVersion version : product.versions()) {
        paths.add("/" + product.name() + "/" + version.version() + "/openapi.json");
      }
      paths.add("/" + product.name() + "/" + Catalog.CURRENT_VERSION + "/openapi.json");
    }
    for (String path : paths) {
      HttpResponse<String> response = get(base + path, "GET");
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
      ParseOptions options = new ParseOptions();
      options.setResolve(true);
      options.setValidateInternalRefs(true);
      SwaggerParseResult result = new OpenAPIV3Parser().readContents(response.body(), null, options);
      assertThat(result.getMessages()).as("parser messages for %s", path).isEmpty();
      assertThat(result.getOpenAPI().getPaths()).as(path).isNotEmpty();
    }
    for (String path : List.of("/openapi.json", "/status-codes", "/problems/ok")) {
      HttpResponse<String> whole = get(base + path, "GET");
      HttpResponse<String> head = get(base + path, "HEAD");
      assertThat(head.statusCode()).isEqualTo(200);
      for (String name : List.of("Content-Length", "Content-Type", "Content-Security-Policy",
          "X-Content-Type-Options", "Cache-Control")) {
        assertThat(head.headers().allValues(name)).as("%s of HEAD %s", name, path)
            .isEqualTo(whole.headers().allValues(name));
      }
      assertThat(whole.headers().firstValue("Content-Length"))
          .hasValue(Integer.toString(whole.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
    }
    HttpResponse<String> post = get(base + "/openapi.json", "POST");
    assertThat(post.statusCode()).isEqualTo(405);
    assertThat(post.headers().firstValue("X-ErrorClass")).hasValue("method-not-allowed");
  }

  @ParameterizedTest
  @EnumSource(DemoServer.Engine.class)
  void theTypeOfEveryRowResolvesToItsPageOnTheServerItself(DemoServer.Engine engine)
      throws Exception {
    String origin = "http://127.0.0.1:" + server(engine).port();
    HttpResponse<String> reference = get(origin + "/weatherapi/status-codes", "GET");
    assertThat(reference.statusCode()).isEqualTo(200);
    assertThat(reference.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
    assertThat(reference.headers().firstValue("Content-Security-Policy")).isPresent();
    for (RowDefinition row : DemoCatalog.documentedPolicy(Clock.systemUTC(),
        Quota.perSecond("default", 1000), origin).table()) {
      HttpResponse<String> page = get(origin + "/weatherapi/problems/" + row.id(), "GET");
      assertThat(page.statusCode()).as(row.id().value()).isEqualTo(200);
      assertThat(page.body()).contains("<h1>" + row.title().replace("'", "&#39;") + "</h1>");
    }
    HttpResponse<String> error = client.send(HttpRequest.newBuilder(URI.create(origin
            + "/weatherapi/locationforecast/2.0/compact?lat=north&lon=10.7"))
        .header("User-Agent", "DocsCheck/1.0 qa@example.org")
        .header("Accept", "application/problem+json").build(), HttpResponse.BodyHandlers.ofString());
    JsonNode problem = JSON.readTree(error.body());
    assertThat(problem.get("type").asText())
        .isEqualTo(origin + "/weatherapi/problems/parameter-invalid");
    HttpResponse<String> resolved = get(problem.get("type").asText(), "GET");
    assertThat(resolved.statusCode()).isEqualTo(200);
    assertThat(resolved.body()).contains("Invalid parameters");
    assertThat(get(origin + "/weatherapi/problems/no-such-row", "GET").statusCode()).isEqualTo(404);
  }

  @org.junit.jupiter.api.Test
  void aJettyServerWhoseApiCannotBeMadeLeavesItsPortFree() throws Exception {
    int port;
    try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1,
        java.net.InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    for (DemoServer.Engine engine : DemoServer.Engine.values()) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> DemoServer.start(engine,
          Main.DEFAULT_HOST, port, origin -> {
            throw new IllegalStateException("no API at " + origin);
          })).hasStackTraceContaining("no API at http://127.0.0.1:" + port);
      try (DemoServer again = DemoServer.start(engine, Main.DEFAULT_HOST, port,
          origin -> DemoApi.weatherAt(origin, Clock.systemUTC(), Quota.perSecond("default", 10),
              LocalQuotaCounter.builder().build(), line -> { }))) {
        assertThat(again.port()).isEqualTo(port);
      }
    }
  }

  private HttpResponse<String> get(String url, String method) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(url))
        .method(method, HttpRequest.BodyPublishers.noBody())
        .header("User-Agent", "DocsCheck/1.0 qa@example.org").build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
