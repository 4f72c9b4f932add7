package dev.statuspolicy.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Lookup;
import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.table.RowDefinition;
import dev.statuspolicy.table.RowId;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI documents of a catalog with one of everything: a real parser reads them without a
 * message, every example response of the reference validates against the schema its status
 * declares, and each endpoint documents the statuses the table produces there.
 */
class OpenApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final StatusPolicy POLICY = FullCatalog.builder().build();
  private static final String CATALOG = OpenApi.catalog(POLICY, Map.of());

  private static final String POINT = "/weatherapi/regional/3.0/point";

  private static JsonNode document() {
    try {
      return JSON.readTree(CATALOG);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** An operation's response for a status, following its reference to components. */
  private static JsonNode response(JsonNode operation, String status) {
    JsonNode response = operation.at("/responses/" + status);
    return response.has("$ref") ? document().at(response.get("$ref").asText().substring(1)) : response;
  }

  @Test
  void swaggerParserReadsEveryDocumentWithoutErrorsOrWarnings() {
    List<String> documents = new ArrayList<>(List.of(CATALOG));
    for (String version : List.of("1.0", "2.0", "3.0", "4.0", "5.0", "_")) {
      documents.add(OpenApi.version(POLICY, "regional", version, Map.of()));
    }
    documents.add(OpenApi.version(POLICY, "restricted", "1.0", Map.of()));
    for (String document : documents) {
      ParseOptions options = new ParseOptions();
      options.setResolve(true);
      options.setValidateInternalRefs(true);
      SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);

      assertThat(result.getMessages()).as("messages of the parser").isEmpty();
      assertThat(result.getOpenAPI()).isNotNull();
      assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    }
  }

  @Test
  void theParserFlagsADocumentThatRefersToNothing() {
    String broken = CATALOG.replace("\"#/components/headers/Allow\"",
        "\"#/components/headers/Nowhere\"");
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setValidateInternalRefs(true);

    assertThat(broken).isNotEqualTo(CATALOG);
    assertThat(new OpenAPIV3Parser().readContents(broken, null, options).getMessages()).isNotEmpty();
  }

  @Test
  void everyExampleOfTheReferenceValidatesAgainstTheSchemaItsStatusDeclares() throws Exception {
    JsonNode document = JSON.readTree(CATALOG);
    Map<RowId, Example> examples = StatusCodeReference.examples(POLICY, Map.of());
    int validated = 0;
    for (Example example : examples.values()) {
      Decision decision = POLICY.decide(example.request(), example.outcome());
      String pointer = resolved(document, responsePointer(example, decision));
      JsonNode response = document.at(pointer);
      assertThat(response.isMissingNode())
          .as("%s documents %d for row %s", pointer, decision.status().code(), decision.row())
          .isFalse();
      if (!(decision.body() instanceof Body.ErrorDocument body)) {
        continue;
      }
      String schemaPointer = pointer + "/content/application~1problem+json/schema";
      assertThat(document.at(schemaPointer).isMissingNode()).as(schemaPointer).isFalse();
      List<Error> errors = validate(document, schemaPointer, body.text());
      assertThat(errors).as("%s against %s", body.text(), schemaPointer).isEmpty();
      JsonNode properties = document.at("/components/schemas/problem-" + decision.row()
          + "/properties");
      for (Iterator<String> names = JSON.readTree(body.text()).fieldNames(); names.hasNext(); ) {
        String member = names.next();
        assertThat(properties.has(member)).as("member %s of row %s is documented", member,
            decision.row()).isTrue();
        assertThat(properties.get(member).isEmpty()).as("member %s has a schema", member).isFalse();
      }
      validated++;
    }
    long errorRows = POLICY.table().stream()
        .filter(row -> row.isErrorRow() && row.status() != HttpStatus.CLIENT_CLOSED_REQUEST)
        .filter(row -> examples.containsKey(row.id())).count();
    assertThat(validated).as("examples validated").isEqualTo(errorRows).isGreaterThan(15);
  }

  @Test
  void aBodyThatBreaksItsSchemaIsRefused() throws Exception {
    JsonNode document = JSON.readTree(CATALOG);
    String schema = resolved(document, "/paths/" + POINT.replace("/", "~1") + "/get/responses/400")
        + "/content/application~1problem+json/schema";
    Example example = StatusCodeReference.examples(POLICY, Map.of())
        .get(RowId.of("parameter-invalid"));
    String body = ((Body.ErrorDocument) POLICY.decide(example.request(), example.outcome()).body())
        .text();
    String wrongStatus = body.replace("\"status\":400", "\"status\":422");

    assertThat(wrongStatus).isNotEqualTo(body);
    assertThat(validate(document, schema, body)).isEmpty();
    assertThat(validate(document, schema, wrongStatus)).isNotEmpty();
    assertThat(validate(document, schema, body.replace("\"errors\":[", "\"errors\":[1,")))
        .isNotEmpty();
  }

  @Test
  void aStableEndpointDocumentsEveryStatusTheTableProducesThere() throws Exception {
    JsonNode get = JSON.readTree(CATALOG).at("/paths/" + POINT.replace("/", "~1") + "/get");

    assertThat(codes(get.get("responses"))).containsExactly(
        "200", "301", "304", "400", "403", "404", "414", "422", "429", "499", "500", "502",
        "503", "504");
    assertThat(get.has("deprecated")).isFalse();
    assertThat(enumOf(get, "403")).containsExactly(
        "client-blocked", "client-unidentified", "coordinates-too-precise");
    assertThat(enumOf(get, "503")).containsExactly("quota-unknown", "backend-unavailable");
    assertThat(response(get, "304").has("content")).isFalse();
    assertThat(response(get, "304").has("description")).isTrue();
    assertThat(response(get, "499").has("headers")).isFalse();
    assertThat(response(get, "429").get("headers").has("Retry-After")).isTrue();
    assertThat(response(get, "429").get("headers").has("RateLimit-Policy")).isTrue();
    assertThat(response(get, "200").get("headers").has("ETag")).isTrue();
    assertThat(response(get, "400").at("/content/application~1problem+json/examples/"
        + "parameter-invalid/$ref").asText()).isEqualTo("#/components/examples/parameter-invalid");
  }

  @Test
  void deprecatedAndBetaVersionsDocument203AndTheirLifecycle() throws Exception {
    JsonNode paths = JSON.readTree(CATALOG).get("paths");
    JsonNode deprecated = paths.get("/weatherapi/regional/2.0/point").get("get");
    JsonNode beta = paths.get("/weatherapi/regional/4.0/point").get("get");
    JsonNode retired = paths.get("/weatherapi/regional/1.0/point").get("get");

    assertThat(deprecated.get("deprecated").asBoolean()).isTrue();
    assertThat(codes(deprecated.get("responses"))).contains("203").doesNotContain("200", "304");
    assertThat(response(deprecated, "203").get("headers").has("Deprecation")).isTrue();
    assertThat(response(deprecated, "203").get("headers").has("Sunset")).isTrue();
    assertThat(beta.has("deprecated")).isFalse();
    assertThat(codes(beta.get("responses"))).contains("203").doesNotContain("200");
    assertThat(retired.get("deprecated").asBoolean()).isTrue();
    assertThat(enumOf(retired, "404")).containsExactly("version-retired");
    assertThat(codes(retired.get("responses"))).doesNotContain("200", "203", "400");
  }

  @Test
  void everyOtherMethodIsDocumentedWith405AndHeadWithoutBodies() throws Exception {
    JsonNode document = JSON.readTree(CATALOG);
    JsonNode item = document.get("paths").get(POINT);

    assertThat(codes(item.get("post").get("responses")))
        .containsExactly("301", "403", "405", "414");
    assertThat(enumOf(item.get("post"), "403")).containsExactly("client-blocked");
    for (String method : OpenApiWriter.REFUSED_METHODS) {
      String ref = item.at("/" + method + "/responses/405/$ref").asText();
      assertThat(ref).startsWith("#/components/responses/");
      JsonNode response = document.at(ref.substring(1));
      assertThat(response.at("/headers/Allow/$ref").asText()).isEqualTo("#/components/headers/Allow");
      assertThat(response.at("/headers/X-ErrorClass/schema/enum/0").asText())
          .isEqualTo("method-not-allowed");
    }
    for (Map.Entry<String, JsonNode> head : item.get("head").get("responses").properties()) {
      assertThat(response(item.get("head"), head.getKey()).has("content")).isFalse();
      assertThat(response(item.get("get"), head.getKey()).get("headers"))
          .isEqualTo(response(item.get("head"), head.getKey()).get("headers"));
    }
    assertThat(codes(item.get("head").get("responses")))
        .isEqualTo(codes(item.get("get").get("responses")));
    assertThat(enumOf(document.at("/components/pathItems/other-paths/get"), "404"))
        .containsExactly("product-unknown");
  }

  @Test
  void eachRowOnlyDocumentsStatusesItDeclares() throws Exception {
    JsonNode paths = JSON.readTree(CATALOG).get("paths");
    int checked = 0;
    for (Iterator<JsonNode> items = paths.elements(); items.hasNext(); ) {
      JsonNode get = items.next().get("get");
      for (Map.Entry<String, JsonNode> response : get.get("responses").properties()) {
        for (JsonNode row : response(get, response.getKey()).at("/headers/X-ErrorClass/schema/enum")) {
          RowDefinition definition = POLICY.table().stream()
              .filter(r -> r.id().value().equals(row.asText())).findFirst().orElseThrow();
          assertThat(definition.statuses())
              .contains(HttpStatus.ofCode(Integer.parseInt(response.getKey())));
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(50);
  }

  @Test
  void parametersCarryTheirTypesPatternRangeAndExamples() throws Exception {
    JsonNode parameters = JSON.readTree(CATALOG).at("/paths/" + POINT.replace("/", "~1")
        + "/get/parameters");

    assertThat(parameters).hasSize(3);
    JsonNode lat = parameters.get(0);
    assertThat(lat.get("name").asText()).isEqualTo("lat");
    assertThat(lat.get("required").asBoolean()).isTrue();
    assertThat(lat.at("/schema/type").asText()).isEqualTo("number");
    assertThat(lat.at("/schema/minimum").asInt()).isEqualTo(-90);
    assertThat(lat.at("/schema/maximum").asInt()).isEqualTo(90);
    assertThat(lat.get("description").asText()).contains("at most 4 decimals (more get 403)");
    JsonNode altitude = parameters.get(2);
    assertThat(altitude.get("required").asBoolean()).isFalse();
    assertThat(altitude.at("/schema/type").asText()).isEqualTo("integer");
    assertThat(altitude.at("/schema/minimum").asInt()).isEqualTo(-500);
    assertThat(altitude.at("/schema/maximum").asInt()).isEqualTo(9000);
    for (JsonNode parameter : parameters) {
      Pattern pattern = Pattern.compile(parameter.at("/schema/pattern").asText());
      assertThat(parameter.at("/schema/examples")).isNotEmpty();
      for (JsonNode example : parameter.at("/schema/examples")) {
        assertThat(pattern.matcher(example.asText()).matches()).as(example.asText()).isTrue();
      }
      assertThat(pattern.matcher("12abc").matches()).isFalse();
    }
  }

  @Test
  void theDocumentOfOneVersionHoldsOnlyItsEndpoints() throws Exception {
    JsonNode document = JSON.readTree(OpenApi.version(POLICY, "restricted", "_", Map.of()));

    assertThat(document.at("/info/title").asText()).isEqualTo("restricted 1.0");
    assertThat(names(document.get("paths"))).containsExactly("/weatherapi/restricted/1.0/frame");
    String unauthorized = resolved(document, "/paths/~1weatherapi~1restricted~11.0~1frame/get"
        + "/responses/401");
    assertThat(document.at(unauthorized + "/headers/X-ErrorClass/schema/enum"))
        .containsExactly(com.fasterxml.jackson.databind.node.TextNode.valueOf("credentials-required"));
    assertThat(document.at("/components/schemas").has("problem-outside-coverage")).isFalse();
    assertThatThrownBy(() -> OpenApi.version(POLICY, "regional", "9.9", Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("regional/9.9");
  }

  @Test
  void aVersionDocumentShowsOnlyExamplesOfItsOwnEndpointsAndAnEmptyCatalogParses() throws Exception {
    JsonNode restricted = JSON.readTree(OpenApi.version(POLICY, "restricted", "1.0", Map.of()));
    for (JsonNode example : restricted.at("/components/examples")) {
      assertThat(example.get("description").asText()).doesNotContain("/regional/3.0/point");
    }
    assertThat(restricted.at("/components/examples/parameter-invalid/description").asText())
        .contains("/weatherapi/restricted/1.0/frame");

    String empty = OpenApi.catalog(StatusPolicy.builder().build(), Map.of());
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    assertThat(new OpenAPIV3Parser().readContents(empty, null, options).getMessages()).isEmpty();
    assertThat(JSON.readTree(empty).at("/components/pathItems").isMissingNode()).isTrue();
  }

  @Test
  void anExampleNotDecidedByItsRowIsRefusedByEveryDocument() {
    Example invalid = StatusCodeReference.examples(POLICY, Map.of())
        .get(RowId.of("parameter-invalid"));
    Map<RowId, Example> wrong = Map.of(RowId.of("ok"), invalid);

    assertThatThrownBy(() -> OpenApi.catalog(POLICY, wrong))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decided by row");
    assertThatThrownBy(() -> OpenApi.version(POLICY, "regional", "3.0", wrong))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decided by row");
    assertThatThrownBy(() -> Documentation.of(POLICY, wrong))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decided by row");
  }

  @Test
  void theDocumentIsTheSameEveryTimeAndItsVersionNamesItsContent() throws Exception {
    assertThat(OpenApi.catalog(POLICY, Map.of())).isEqualTo(CATALOG);
    String version = JSON.readTree(CATALOG).at("/info/version").asText();
    assertThat(version).matches("[0-9a-f]{12}");
    String other = OpenApi.catalog(FullCatalog.builder().problemTypeBase("https://x.example/p/")
        .build(), Map.of());
    assertThat(JSON.readTree(other).at("/info/version").asText()).isNotEqualTo(version);
  }

  private static String responsePointer(Example example, Decision decision) {
    Lookup lookup = POLICY.config().catalog().resolve(example.request().path());
    String method = example.request().method().toLowerCase(java.util.Locale.ROOT);
    String item = lookup instanceof Lookup.Found
        ? "/paths/" + example.request().path().replace("/", "~1")
        : "/components/pathItems/other-paths";
    return item + "/" + method + "/responses/" + decision.status().code();
  }

  /** The pointer of the response itself: a component response where the operation refers to one. */
  private static String resolved(JsonNode document, String pointer) {
    JsonNode ref = document.at(pointer + "/$ref");
    return ref.isMissingNode() ? pointer : ref.asText().substring(1);
  }

  private static List<Error> validate(JsonNode document, String pointer, String instance)
      throws Exception {
    com.fasterxml.jackson.databind.node.ObjectNode root = document.deepCopy();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$ref", "#" + pointer);
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(JSON.writeValueAsString(root), InputFormat.JSON);
    return schema.validate(instance, InputFormat.JSON);
  }

  private static Set<String> codes(JsonNode responses) {
    return new TreeSet<>(names(responses));
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> enumOf(JsonNode operation, String status) {
    List<String> values = new ArrayList<>();
    response(operation, status).at("/headers/X-ErrorClass/schema/enum")
        .forEach(value -> values.add(value.asText()));
    return values;
  }
}
