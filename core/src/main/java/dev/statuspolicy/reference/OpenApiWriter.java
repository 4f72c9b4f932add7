package dev.statuspolicy.reference;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Access;
import dev.statuspolicy.catalog.CoordinatePrecision;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.IdentificationMode;
import dev.statuspolicy.catalog.Lifecycle;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.catalog.Target;
import dev.statuspolicy.decision.Body;
import dev.statuspolicy.decision.Decision;
import dev.statuspolicy.decision.ErrorFormat;
import dev.statuspolicy.decision.Header;
import dev.statuspolicy.decision.HttpStatus;
import dev.statuspolicy.reference.Observations.Place;
import dev.statuspolicy.reference.Observations.Seen;
import dev.statuspolicy.table.RowDefinition;
import dev.statuspolicy.table.RowId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Builds one OpenAPI 3.1 document from what the policy answered at each endpoint: the paths, the
 * GET and HEAD operations with their parameters, every status seen there with its headers, and a
 * problem schema per row with an example body that the policy wrote. Methods other than GET and
 * HEAD, and paths that name no endpoint, are documented with what the table answers them.
 */
final class OpenApiWriter {

  /** The methods an OpenAPI path item can hold besides GET and HEAD, all refused with 405. */
  static final List<String> REFUSED_METHODS =
      List.of("post", "put", "patch", "delete", "options", "trace");

  /** The name of the path item, under components, that documents every other path. */
  static final String OTHER_PATHS = "other-paths";

  private final StatusPolicy policy;
  private final Observations seen;
  private final Map<RowId, RowDefinition> rows = new HashMap<>();
  private final Json.Obj schemas = new Json.Obj();
  private final Json.Obj headers = new Json.Obj();
  private final Json.Obj responses = new Json.Obj();
  private final Json.Obj exampleBodies = new Json.Obj();
  private final Map<String, String> responseNames = new HashMap<>();
  private final java.util.Set<Target> scope = new java.util.HashSet<>();

  OpenApiWriter(StatusPolicy policy, Observations seen) {
    this.policy = policy;
    this.seen = seen;
    for (RowDefinition row : policy.table()) {
      rows.put(row.id(), row);
    }
  }

  /**
   * Builds the document.
   *
   * @param info the info object
   * @param targets the endpoints to describe, in order
   * @return the document
   */
  Json.Obj document(Json.Obj info, List<Target> targets) {
    scope.addAll(targets);
    Json.Obj paths = new Json.Obj();
    List<String> tags = new ArrayList<>();
    for (Target target : targets) {
      paths.put(path(target), pathItem(target));
      if (!tags.contains(target.product().name())) {
        tags.add(target.product().name());
      }
    }
    Json.Obj other = otherPaths();
    Json.Obj components = new Json.Obj();
    Json.Obj document = new Json.Obj()
        .put("openapi", "3.1.0")
        .put("info", info);
    Json.Arr tagList = new Json.Arr();
    for (String tag : tags) {
      tagList.add(new Json.Obj().put("name", tag));
    }
    document.put("tags", tagList).put("paths", paths);
    Json.Obj allSchemas = OpenApiSchemas.shared();
    allSchemas.members().putAll(schemas.members());
    components.put("schemas", allSchemas);
    if (!headers.members().isEmpty()) {
      components.put("headers", headers);
    }
    if (!responses.members().isEmpty()) {
      components.put("responses", responses);
    }
    if (!exampleBodies.members().isEmpty()) {
      components.put("examples", exampleBodies);
    }
    if (!seen.at(new Place(null, true)).isEmpty()) {
      components.put("pathItems", new Json.Obj().put(OTHER_PATHS, other));
    }
    return document.put("components", components);
  }

  /** The endpoint's path, as requests name it. */
  private String path(Target target) {
    return policy.config().catalog().basePath() + "/" + target.product().name() + "/"
        + target.version().version() + "/" + target.endpoint().name();
  }

  private Json.Obj pathItem(Target target) {
    String id = target.product().name() + "-" + target.version().version() + "-"
        + target.endpoint().name();
    Json.Obj item = new Json.Obj()
        .put("summary", target.endpoint().name() + " of " + target.product().name() + " "
            + target.version().version());
    Map<HttpStatus, List<Seen>> reads = seen.at(new Place(target, true));
    item.put("get", read(target, "get-" + id, reads, true));
    item.put("head", read(target, "head-" + id, reads, false));
    refused(item, id, seen.at(new Place(target, false)));
    return item;
  }

  private Json.Obj otherPaths() {
    Json.Obj item = new Json.Obj()
        .put("summary", "Any other path under " + policy.config().catalog().basePath())
        .put("description", "A path that names no product, version or endpoint of the catalog."
            + " No operation is served there; this item documents what such a request gets.");
    Map<HttpStatus, List<Seen>> reads = seen.at(new Place(null, true));
    for (String method : List.of("get", "head")) {
      Json.Obj operation = new Json.Obj()
          .put("operationId", method + "-" + OTHER_PATHS)
          .put("summary", "No such product, version or endpoint")
          .put("responses", responses(reads, method.equals("get")));
      item.put(method, operation);
    }
    refused(item, OTHER_PATHS, seen.at(new Place(null, false)));
    return item;
  }

  private Json.Obj read(Target target, String operationId, Map<HttpStatus, List<Seen>> reads,
      boolean withBodies) {
    Json.Obj operation = new Json.Obj()
        .put("operationId", operationId)
        .put("tags", Json.Arr.of(List.of(target.product().name())))
        .put("summary", (withBodies ? "" : "Headers only: ") + target.endpoint().name() + " of "
            + target.product().name() + " " + target.version().version())
        .put("description", describe(target));
    Lifecycle lifecycle = target.version().lifecycle();
    if (lifecycle instanceof Lifecycle.Deprecated || lifecycle instanceof Lifecycle.Retired) {
      operation.put("deprecated", true);
    }
    Json.Arr parameters = new Json.Arr();
    for (ParameterSpec spec : target.endpoint().parameters()) {
      parameters.add(new Json.Obj()
          .put("name", spec.name())
          .put("in", "query")
          .put("required", spec.required())
          .put("description", parameterText(target, spec))
          .put("schema", OpenApiSchemas.parameter(spec.type())));
    }
    if (!parameters.items().isEmpty()) {
      operation.put("parameters", parameters);
    }
    return operation.put("responses", responses(reads, withBodies));
  }

  /** Adds the methods the table refuses, each answering what a POST got there. */
  private void refused(Json.Obj item, String id, Map<HttpStatus, List<Seen>> refusals) {
    if (refusals.isEmpty()) {
      return;
    }
    Json.Obj shared = responses(refusals, true);
    for (String method : REFUSED_METHODS) {
      item.put(method, new Json.Obj()
          .put("operationId", method + "-" + id)
          .put("summary", "Not supported: only GET and HEAD are")
          .put("responses", shared));
    }
  }

  /**
   * Keeps a response once under components, however many operations give it, and returns a
   * reference to it.
   */
  private Json.Obj shared(HttpStatus status, List<Seen> seenThere, Json.Obj response,
      boolean withBodies) {
    String text = Json.write(response);
    String name = responseNames.get(text);
    if (name == null) {
      name = responseName(status, seenThere, withBodies ? "" : "-headers-only");
      responseNames.put(text, name);
      responses.put(name, response);
    }
    return new Json.Obj().put("$ref", "#/components/responses/" + name);
  }

  private String responseName(HttpStatus status, List<Seen> seenThere, String suffix) {
    StringJoiner name = new StringJoiner(".", status.code() + "-", suffix);
    for (RowId row : Observations.rows(seenThere)) {
      name.add(row.value());
    }
    String base = name.toString();
    String unique = base;
    for (int n = 2; responses.members().containsKey(unique); n++) {
      unique = base + "-" + n;
    }
    return unique;
  }

  private Json.Obj responses(Map<HttpStatus, List<Seen>> byStatus, boolean withBodies) {
    Json.Obj out = new Json.Obj();
    for (Map.Entry<HttpStatus, List<Seen>> entry : byStatus.entrySet()) {
      Json.Obj response = response(entry.getKey(), entry.getValue(), withBodies);
      out.put(Integer.toString(entry.getKey().code()),
          shared(entry.getKey(), entry.getValue(), response, withBodies));
    }
    return out;
  }

  private Json.Obj response(HttpStatus status, List<Seen> seenThere, boolean withBodies) {
    List<RowId> deciding = Observations.rows(seenThere);
    StringBuilder description = new StringBuilder(StatusMeaning.of(status)).append("\n\nDecided by");
    for (int i = 0; i < deciding.size(); i++) {
      RowDefinition row = rows.get(deciding.get(i));
      description.append(i == 0 ? ": " : "; ").append('`').append(row.id()).append("` (")
          .append(row.question()).append(')');
    }
    Json.Obj response = new Json.Obj().put("description", description.append('.').toString());
    if (!seenThere.get(0).decision().sendsResponse()) {
      return response;
    }
    Json.Obj headerObjects = headers(status, seenThere, deciding);
    if (!headerObjects.members().isEmpty()) {
      response.put("headers", headerObjects);
    }
    if (withBodies) {
      Json.Obj content = content(seenThere, deciding);
      if (!content.members().isEmpty()) {
        response.put("content", content);
      }
    }
    return response;
  }

  private Json.Obj headers(HttpStatus status, List<Seen> seenThere, List<RowId> deciding) {
    Json.Obj out = new Json.Obj();
    for (Seen one : seenThere) {
      for (Header header : one.decision().headers()) {
        String name = header.name();
        if (out.members().containsKey(name) || name.equalsIgnoreCase("Content-Type")) {
          continue;
        }
        if (name.equalsIgnoreCase("X-ErrorClass")) {
          List<String> ids = new ArrayList<>();
          deciding.forEach(row -> ids.add(row.value()));
          out.put(name, new Json.Obj()
              .put("description", "The id of the row that decided: " + status.code()
                  + " comes from " + (ids.size() == 1 ? "this row" : "one of these rows") + ".")
              .put("required", true)
              .put("schema", new Json.Obj().put("type", "string").put("enum", Json.Arr.of(ids))));
          continue;
        }
        Json.Obj documented = OpenApiSchemas.header(name);
        if (documented != null) {
          headers.put(name, documented);
          out.put(name, new Json.Obj().put("$ref", "#/components/headers/" + name));
        }
      }
    }
    return out;
  }

  private Json.Obj content(List<Seen> seenThere, List<RowId> deciding) {
    Json.Obj content = new Json.Obj();
    Body body = seenThere.get(0).decision().body();
    if (body instanceof Body.BackendData) {
      content.put("*/*", new Json.Obj().put("schema", new Json.Obj()
          .put("description", "The product's document, as its backend wrote it.")));
      return content;
    }
    if (!(body instanceof Body.ErrorDocument)) {
      return content;
    }
    Json.Arr choices = new Json.Arr();
    Json.Obj examples = new Json.Obj();
    for (RowId row : deciding) {
      choices.add(OpenApiSchemas.ref(problemSchema(row)));
      if (example(row)) {
        examples.put(row.value(), new Json.Obj().put("$ref", "#/components/examples/" + row.value()));
      }
    }
    Json.Obj schema = choices.items().size() == 1 ? (Json.Obj) choices.items().get(0)
        : new Json.Obj().put("oneOf", choices);
    Json.Obj problem = new Json.Obj().put("schema", schema);
    if (!examples.members().isEmpty()) {
      problem.put("examples", examples);
    }
    content.put(ErrorFormat.PROBLEM_JSON.mediaType(), problem);
    content.put(ErrorFormat.HTML.mediaType(), new Json.Obj().put("schema",
        OpenApiSchemas.string("The same problem as a page for people.")));
    content.put(ErrorFormat.PLAIN.mediaType(), new Json.Obj().put("schema",
        OpenApiSchemas.string("The same problem as plain text.")));
    return content;
  }

  /**
   * Adds the row's example under components, once: the first problem+json body it wrote, which
   * is the reference's example of the row. Returns whether the row has one.
   */
  private boolean example(RowId row) {
    if (exampleBodies.members().containsKey(row.value())) {
      return true;
    }
    for (Seen one : seen.all()) {
      if (inScope(one) && one.row().equals(row)
          && one.decision().body() instanceof Body.ErrorDocument document
          && document.format() == ErrorFormat.PROBLEM_JSON) {
        exampleBodies.put(row.value(), new Json.Obj()
            .put("summary", rows.get(row).title())
            .put("description", "The policy's answer to " + ExchangeText.request(
                one.example().request()).lines().findFirst().orElse("") + ".")
            .put("value", JsonReader.read(document.text())));
        return true;
      }
    }
    return false;
  }

  /** Adds the row's problem schema, once, from the members of every body it wrote; returns its name. */
  private String problemSchema(RowId id) {
    String name = "problem-" + id.value();
    if (schemas.members().containsKey(name)) {
      return name;
    }
    RowDefinition row = rows.get(id);
    Json.Arr statuses = new Json.Arr();
    for (HttpStatus status : row.statuses()) {
      statuses.add(new Json.Num(Integer.toString(status.code())));
    }
    Json.Obj properties = new Json.Obj()
        .put("type", new Json.Obj().put("const", policy.config().problemTypeBase() + id.value())
            .put("format", "uri"))
        .put("title", new Json.Obj().put("const", row.title()))
        .put("status", new Json.Obj().put("enum", statuses))
        .put("detail", OpenApiSchemas.member("detail"))
        .put("instance", OpenApiSchemas.member("instance"))
        .put("row", new Json.Obj().put("const", id.value()))
        .put("advice", new Json.Obj().put("const", row.advice()));
    for (String member : members(id)) {
      Json.Obj schema = OpenApiSchemas.member(member);
      properties.put(member, schema == null ? new Json.Obj() : schema);
    }
    schemas.put(name, new Json.Obj()
        .put("type", "object")
        .put("title", row.title())
        .put("description", row.question() + " (row `" + id.value() + "`, RFC 9457 problem"
            + " details.)")
        .put("required", Json.Arr.of(OpenApiSchemas.REQUIRED_MEMBERS))
        .put("properties", properties));
    return name;
  }

  /** The extension members of every problem+json body the row wrote anywhere, in order. */
  private List<String> members(RowId id) {
    Map<String, Boolean> members = new LinkedHashMap<>();
    for (Seen one : seen.all()) {
      if (inScope(one) && one.row().equals(id)
          && one.decision().body() instanceof Body.ErrorDocument document
          && document.format() == ErrorFormat.PROBLEM_JSON
          && JsonReader.read(document.text()) instanceof Json.Obj body) {
        for (String member : body.members().keySet()) {
          if (!OpenApiSchemas.BASE_MEMBERS.contains(member)) {
            members.put(member, true);
          }
        }
      }
    }
    return new ArrayList<>(members.keySet());
  }

  /** Whether a decision was made at a place this document describes. */
  private boolean inScope(Seen one) {
    Target target = one.place().target();
    return target == null || scope.contains(target);
  }

  private String describe(Target target) {
    Product product = target.product();
    ProductVersion version = target.version();
    StringBuilder text = new StringBuilder();
    Lifecycle lifecycle = version.lifecycle();
    if (lifecycle instanceof Lifecycle.Beta) {
      text.append("In beta: successful answers are 203.");
    } else if (lifecycle instanceof Lifecycle.Deprecated deprecated) {
      text.append("Deprecated since ").append(deprecated.deprecatedAt()).append(", served until ")
          .append(deprecated.sunset()).append(deprecated.successor() == null ? ""
              : "; the successor is " + deprecated.successor()).append(": successful answers are 203.");
    } else if (lifecycle instanceof Lifecycle.Retired retired) {
      text.append("Retired on ").append(retired.retiredAt()).append(retired.successor() == null
          ? "" : "; the successor is " + retired.successor()).append('.');
    } else {
      text.append("Stable.");
    }
    if (product.access() instanceof Access.Restricted restricted) {
      text.append(" Restricted: send credentials with the scope ").append(restricted.scope())
          .append(" (realm ").append(restricted.realm()).append(").");
    }
    text.append(product.identification() == IdentificationMode.STRICT
        ? " Clients must identify themselves (User-Agent, or Origin from a web page), or get 403."
        : " Clients that do not identify themselves share a far lower quota.");
    if (target.endpoint().takesLocation()) {
      text.append(" Coverage: ").append(product.coverage().describe()).append('.');
    }
    return text.toString();
  }

  private static String parameterText(Target target, ParameterSpec spec) {
    String text = spec.type().describe();
    CoordinatePrecision precision = target.product().precision();
    if ((spec.name().equals(ParameterSpec.LATITUDE) || spec.name().equals(ParameterSpec.LONGITUDE))
        && precision.enforced()) {
      text += "; at most " + precision.maxDecimals() + " decimals (more get "
          + precision.status().code() + ")";
    }
    return text;
  }
}
