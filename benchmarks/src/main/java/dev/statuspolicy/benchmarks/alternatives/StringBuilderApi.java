package dev.statuspolicy.benchmarks.alternatives;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The floor: the hand-written chain, rendering JSON by string concatenation into a builder. */
public final class StringBuilderApi extends HandWrittenApi {

  @Override
  protected String problem(int status, String type, String row, String title, String detail,
      String advice, String instance, @Nullable List<BadParameter> errors,
      @Nullable List<String> allowedMethods, long retryAfter, @Nullable Limit limit,
      @Nullable CoverageInfo coverage) {
    StringBuilder out = new StringBuilder(512);
    out.append("{\"type\":\"").append(type)
        .append("\",\"title\":\"").append(title)
        .append("\",\"status\":").append(status)
        .append(",\"detail\":\"");
    escape(out, detail).append("\",\"instance\":\"");
    escape(out, instance).append("\",\"row\":\"").append(row)
        .append("\",\"advice\":\"");
    escape(out, advice).append('"');
    if (errors != null) {
      out.append(",\"errors\":[");
      for (int i = 0; i < errors.size(); i++) {
        BadParameter error = errors.get(i);
        out.append(i == 0 ? "{\"parameter\":\"" : ",{\"parameter\":\"").append(error.parameter())
            .append("\",\"value\":\"");
        escape(out, error.value()).append("\",\"detail\":\"").append(error.detail()).append("\"}");
      }
      out.append(']');
    }
    if (allowedMethods != null) {
      out.append(",\"allowedMethods\":[");
      for (int i = 0; i < allowedMethods.size(); i++) {
        out.append(i == 0 ? "\"" : ",\"").append(allowedMethods.get(i)).append('"');
      }
      out.append(']');
    }
    if (retryAfter >= 0) {
      out.append(",\"retryAfter\":").append(retryAfter);
    }
    if (limit != null) {
      out.append(",\"limit\":{\"policy\":\"").append(limit.policy())
          .append("\",\"requests\":").append(limit.requests())
          .append(",\"windowSeconds\":").append(limit.windowSeconds()).append('}');
    }
    if (coverage != null) {
      out.append(",\"coverage\":{\"description\":\"").append(coverage.description())
          .append("\",\"south\":").append(coverage.south())
          .append(",\"west\":").append(coverage.west())
          .append(",\"north\":").append(coverage.north())
          .append(",\"east\":").append(coverage.east()).append('}');
    }
    return out.append('}').toString();
  }

  /** The least a careful hand-written renderer escapes: quotes, backslashes and controls. */
  private static StringBuilder escape(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out;
  }
}
