package dev.statuspolicy.testkit.contract;

import dev.statuspolicy.StatusPolicy;
import dev.statuspolicy.catalog.Endpoint;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.ParameterType;
import dev.statuspolicy.catalog.Product;
import dev.statuspolicy.catalog.ProductVersion;
import dev.statuspolicy.table.StandardRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Every parameter type of a catalog keeps to its {@link ParameterType#pattern() pattern}: its
 * examples are accepted and match, and no value it accepts is one the pattern forbids. The
 * values tried are near misses of the examples (a character changed, added, dropped, or its case
 * flipped), text made of the pattern's own characters, and hostile text.
 */
public final class ParameterPatterns {

  /**
   * A declared parameter, and where it is declared.
   *
   * @param where the product, version and endpoint that declare it
   * @param spec the parameter
   */
  public record Declared(String where, ParameterSpec spec) {
    @Override
    public String toString() {
      return spec.name() + " of " + where;
    }
  }

  private final List<Declared> declared;

  /**
   * Collects the parameters of a policy's catalog, one per distinct type and name.
   *
   * @param policy the policy under test
   */
  public ParameterPatterns(StatusPolicy policy) {
    Map<String, Declared> found = new LinkedHashMap<>();
    for (Product product : policy.config().catalog().products()) {
      for (ProductVersion version : product.versions()) {
        for (Endpoint endpoint : version.endpoints()) {
          for (ParameterSpec spec : endpoint.parameters()) {
            found.putIfAbsent(spec.name() + " " + spec.type(),
                new Declared(product.name() + "/" + version.version() + "/" + endpoint.name(), spec));
          }
        }
      }
    }
    this.declared = List.copyOf(found.values());
  }

  /** {@return whether the catalog declares any parameter} */
  public boolean any() {
    return !declared.isEmpty();
  }

  /**
   * Returns pairs of a declared parameter and a value to try on its type.
   *
   * @return the arbitrary
   */
  public Arbitrary<Tuple.Tuple2<Declared, String>> candidates() {
    return Arbitraries.of(declared).flatMap(d -> Combinators.combine(Arbitraries.just(d), values(d)).as(Tuple::of));
  }

  private static Arbitrary<String> values(Declared declared) {
    List<String> examples = examples(declared);
    String alphabet = alphabet(declared.spec().type(), examples);
    Arbitrary<String> example = Arbitraries.of(examples);
    Arbitrary<String> nearMiss = example.flatMap(e -> Combinators.combine(
        Arbitraries.integers().between(0, e.length()), Arbitraries.of(alphabet.chars().mapToObj(c -> (char) c).toList()),
        Arbitraries.integers().between(0, 3)).as((at, c, how) -> miss(e, at, c, how)));
    Arbitrary<String> soup = Arbitraries.strings().withChars(alphabet).ofMaxLength(12);
    return Arbitraries.frequencyOf(Tuple.of(2, example), Tuple.of(6, nearMiss), Tuple.of(3, soup),
        Tuple.of(1, Arbitraries.of(HostileText.PAYLOADS)));
  }

  private static String miss(String example, int at, char c, int how) {
    int i = Math.min(at, example.length());
    return switch (how) {
      case 0 -> example.substring(0, i) + c + example.substring(i);
      case 1 -> i < example.length() ? example.substring(0, i) + c + example.substring(i + 1) : example + c;
      case 2 -> i < example.length() ? example.substring(0, i) + example.substring(i + 1) : example;
      default -> flip(example);
    };
  }

  private static String flip(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.equals(text) ? text.toUpperCase(Locale.ROOT) : lower;
  }

  private static List<String> examples(Declared declared) {
    try {
      List<String> examples = declared.spec().type().examples();
      return examples == null || examples.isEmpty() ? List.of("") : examples;
    } catch (RuntimeException brokenType) {
      return List.of("");
    }
  }

  /** The characters of the examples and of the pattern's literals, digits, both cases and signs. */
  private static String alphabet(ParameterType type, List<String> examples) {
    StringBuilder chars = new StringBuilder("09azAZ+-._:T ");
    for (String example : examples) {
      chars.append(example).append(example.toUpperCase(Locale.ROOT)).append(example.toLowerCase(Locale.ROOT));
    }
    try {
      chars.append(type.pattern().replaceAll("[\\\\()\\[\\]{}*+?|^$]", ""));
    } catch (RuntimeException brokenType) {
      // the pattern is checked below, where its failure is reported
    }
    StringBuilder distinct = new StringBuilder();
    chars.chars().distinct().forEach(c -> distinct.append((char) c));
    return distinct.toString();
  }

  /**
   * Checks one value against one declared parameter.
   *
   * @param declared the parameter
   * @param value the value tried
   * @throws ContractViolation when the type and its pattern disagree
   */
  public static void check(Declared declared, String value) {
    ParameterType type = declared.spec().type();
    Pattern pattern;
    try {
      pattern = Pattern.compile(type.pattern());
    } catch (RuntimeException broken) {
      throw violation(declared, "its type's pattern " + (broken instanceof PatternSyntaxException ? "is not a regular"
          + " expression" : "threw " + broken.getClass().getName()));
    }
    for (String example : examples(declared)) {
      if (type.reject(example) != null || !pattern.matcher(example).matches()) {
        throw violation(declared, "its type's example '" + Request.shown(example) + "' is "
            + (type.reject(example) != null ? "rejected by the type" : "forbidden by its pattern " + type.pattern()));
      }
    }
    String rejected;
    try {
      rejected = type.reject(value);
    } catch (RuntimeException thrown) {
      throw violation(declared, "its type threw " + thrown.getClass().getName() + " for '" + Request.shown(value)
          + "': reject must answer every string");
    }
    if (rejected == null && !pattern.matcher(value).matches()) {
      throw violation(declared, "its type accepts '" + Request.shown(value) + "', which its pattern "
          + type.pattern() + " forbids: make the type reject it, or the pattern allow it");
    }
  }

  private static ContractViolation violation(Declared declared, String hint) {
    return new ContractViolation(Guarantee.PARAMETER_PATTERNS, StandardRow.PARAMETER_INVALID.id().value(), null,
        "parameter " + declared + ": " + hint);
  }
}
