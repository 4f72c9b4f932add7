package dev.statuspolicy.reference;

import dev.statuspolicy.catalog.ParameterType;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The fixed parts of the generated API description: the schema of each member a problem body
 * may carry, the description and schema of each header a decision may carry, and the schema of a
 * query parameter from its {@link ParameterType}.
 */
final class OpenApiSchemas {

  /** The members every problem body has, in the order the policy writes them. */
  static final List<String> BASE_MEMBERS =
      List.of("type", "title", "status", "detail", "instance", "row", "advice");

  /** The members every problem body has; {@code instance} comes only with a request id. */
  static final List<String> REQUIRED_MEMBERS =
      List.of("type", "title", "status", "detail", "row", "advice");

  private OpenApiSchemas() {}

  /** Returns the named schemas the members refer to: {@code ParameterError} and the rest. */
  static Json.Obj shared() {
    Json.Obj schemas = new Json.Obj();
    schemas.put("ParameterError", object("A query parameter at fault.",
        List.of("parameter", "value", "detail"))
        .put("properties", new Json.Obj()
            .put("parameter", string("The parameter's name, as sent."))
            .put("value", string("The value rejected, as sent; empty when the parameter is"
                + " missing."))
            .put("detail", string("What is wrong with it."))));
    schemas.put("Limit", object("The quota that applies to the client.",
        List.of("policy", "requests", "windowSeconds"))
        .put("properties", new Json.Obj()
            .put("policy", string("The quota's name, as in RateLimit-Policy."))
            .put("requests", integer("Requests allowed per window.", 1))
            .put("windowSeconds", integer("The window's length in seconds.", 1))));
    schemas.put("Coverage", object("The product's area: a description and its bounding box, in"
        + " degrees; west is greater than east for a box across the antimeridian.",
        List.of("description", "south", "west", "north", "east"))
        .put("properties", new Json.Obj()
            .put("description", string("The area, in words."))
            .put("south", degrees("Southern edge.", 90))
            .put("west", degrees("Western edge.", 180))
            .put("north", degrees("Northern edge.", 90))
            .put("east", degrees("Eastern edge.", 180))));
    schemas.put("Successor", object("The version to move to.", List.of("version"))
        .put("properties", new Json.Obj()
            .put("version", string("The successor version."))
            .put("href", string("Where it is documented.").put("format", "uri-reference"))));
    return schemas;
  }

  /**
   * Returns the schema of an extension member of a problem body, or null for a member this
   * description does not know.
   *
   * @param member the member's name
   * @return the schema, or null
   */
  static Json.@Nullable Obj member(String member) {
    return switch (member) {
      case "detail" -> string("What happened to this request.");
      case "instance" -> string("The request id the host gave, to quote when reporting it.");
      case "errors" -> new Json.Obj().put("type", "array")
          .put("description", "Every query parameter at fault.")
          .put("minItems", 1)
          .put("items", ref("ParameterError"));
      case "allowedMethods" -> new Json.Obj().put("type", "array")
          .put("description", "The methods the address supports, as in Allow.")
          .put("items", new Json.Obj().put("type", "string"));
      case "retryAfter" -> integer("Seconds to wait before retrying, as in Retry-After.", 0);
      case "limit" -> ref("Limit");
      case "coverage" -> ref("Coverage");
      case "deprecation" -> string("When the version was deprecated.").put("format", "date-time");
      case "sunset" -> string("When the version stops being served.").put("format", "date-time");
      case "successor" -> ref("Successor");
      case "deprecationLink" -> string("Where the deprecation is documented.")
          .put("format", "uri-reference");
      case "location" -> string("The address to repeat the request at.").put("format", "uri");
      default -> null;
    };
  }

  /**
   * Returns the description of a response header, or null for one that is not documented
   * (Content-Type, which the media type says).
   *
   * @param name the header's name, as the policy spells it
   * @return the header object, without {@code required}
   */
  static Json.@Nullable Obj header(String name) {
    String text = switch (name.toLowerCase(Locale.ROOT)) {
      case "retry-after" -> "Seconds to wait before trying again.";
      case "ratelimit-policy" -> "The quota that applies: its name, the limit q and the window w"
          + " in seconds (draft-ietf-httpapi-ratelimit-headers).";
      case "ratelimit" -> "What is left of the quota: r requests, and t seconds until the window"
          + " resets.";
      case "deprecation" -> "When the version was deprecated, as a structured-field date"
          + " (@ and seconds since 1970, RFC 9745).";
      case "sunset" -> "When the version stops being served, as an HTTP-date (RFC 8594).";
      case "link" -> "Related documents: the successor version and the deprecation notice.";
      case "www-authenticate" -> "The challenge: the credentials to send.";
      case "allow" -> "The methods the address supports.";
      case "location" -> "Where to repeat the request.";
      case "etag" -> "The document's entity tag, for If-None-Match.";
      case "last-modified" -> "When the document last changed, for If-Modified-Since.";
      case "expires" -> "Until when the document may be reused without asking again.";
      case "cache-control" -> "How the response may be stored.";
      case "vary" -> "The request headers the response was chosen by.";
      case "access-control-allow-origin" -> "Which web pages may read the response (CORS).";
      case "access-control-expose-headers" -> "The headers a web page's script may read (CORS).";
      case "content-security-policy" -> "What an HTML body may load: nothing.";
      case "x-content-type-options" -> "Always nosniff: read the body as its media type says.";
      default -> null;
    };
    if (text == null) {
      return null;
    }
    Json.Obj schema = name.equalsIgnoreCase("Retry-After")
        ? new Json.Obj().put("type", "integer").put("minimum", 0)
        : new Json.Obj().put("type", "string");
    if (name.equalsIgnoreCase("Deprecation")) {
      schema.put("pattern", "^@-?[0-9]+$");
    }
    return new Json.Obj().put("description", text).put("schema", schema);
  }

  /**
   * Returns the schema of a query parameter: its pattern, and its range and type where the type
   * has them.
   *
   * @param type the parameter's type
   * @return the schema
   */
  static Json.Obj parameter(ParameterType type) {
    Json.Obj schema = new Json.Obj();
    if (type instanceof ParameterType.IntegerType integer) {
      schema.put("type", "integer").put("minimum", integer.min()).put("maximum", integer.max());
    } else if (type instanceof ParameterType.FloatType decimal) {
      schema.put("type", "number").put("minimum", number(decimal.min()))
          .put("maximum", number(decimal.max()));
    } else {
      schema.put("type", "string");
      if (type instanceof ParameterType.EnumType oneOf) {
        schema.put("enum", Json.Arr.of(oneOf.values()));
      } else if (type instanceof ParameterType.DateTimeType) {
        schema.put("format", "date-time");
      } else if (type instanceof ParameterType.DateType) {
        schema.put("format", "date");
      }
    }
    schema.put("pattern", "^(?:" + type.pattern() + ")$");
    List<String> examples;
    try {
      examples = type.examples();
    } catch (RuntimeException brokenType) {
      examples = List.of();
    }
    if (!examples.isEmpty()) {
      Json.Arr values = new Json.Arr();
      for (String example : examples) {
        values.add(typed(type, example));
      }
      schema.put("examples", values);
    }
    return schema;
  }

  /** An example value as the schema's type has it: a number for a numeric type. */
  private static Json typed(ParameterType type, String example) {
    if (type instanceof ParameterType.IntegerType || type instanceof ParameterType.FloatType) {
      try {
        return new Json.Num(new java.math.BigDecimal(example).toString());
      } catch (NumberFormatException notPlain) {
        return new Json.Str(example);
      }
    }
    return new Json.Str(example);
  }

  private static Json number(double value) {
    return new Json.Num(java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
  }

  static Json.Obj ref(String schema) {
    return new Json.Obj().put("$ref", "#/components/schemas/" + schema);
  }

  static Json.Obj string(String description) {
    return new Json.Obj().put("type", "string").put("description", description);
  }

  private static Json.Obj integer(String description, long minimum) {
    return new Json.Obj().put("type", "integer").put("description", description)
        .put("minimum", minimum);
  }

  private static Json.Obj degrees(String description, int limit) {
    return new Json.Obj().put("type", "number").put("description", description)
        .put("minimum", -limit).put("maximum", limit);
  }

  private static Json.Obj object(String description, List<String> required) {
    return new Json.Obj().put("type", "object").put("description", description)
        .put("required", Json.Arr.of(required));
  }
}
