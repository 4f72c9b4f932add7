package dev.statuspolicy.internal.parse;

import dev.statuspolicy.catalog.Coverage;
import dev.statuspolicy.catalog.ParameterSpec;
import dev.statuspolicy.catalog.ParameterType;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The decoded values of one query, by parameter name, as an immutable map over the endpoint's
 * specs: no hash table and no entry objects are built for a request. A value that needed no
 * decoding is kept as where it stands in the query, and cut out only when it is read, so a
 * request whose values only the table reads (numbers, decimals) cuts none; a value read twice is
 * cut twice. The values of a decimal type are read as numbers once, when the values are built.
 * Iteration follows the endpoint's declaration order. {@link
 * dev.statuspolicy.request.Parameters} keeps it as it is instead of copying it.
 *
 * <p>Immutable, so one object may serve every request that sends the same query. The one thing
 * it remembers, whether a coverage holds the query's location (see {@link #locatedIn}), is an
 * answer that cannot change.
 */
public final class ParameterValues extends AbstractMap<String, String> {

  private final List<ParameterSpec> specs;
  private final String query;
  /** Per spec, the start of its value in the query plus one, then its end; 0, 0 when absent. */
  private final int[] bounds;
  /**
   * Per spec, the decoded value, or null when it is only a range of the query; null as a whole
   * when no value had to be decoded.
   */
  private final @Nullable String @Nullable [] values;
  /**
   * For each present value of a decimal type, in declaration order: its spec's index, then its
   * decimals; null when no such value is present. Read once here, since the same values may
   * serve many requests and the table reads each of them more than once. Only those values get
   * a place, so an endpoint of many other parameters pays nothing for them.
   */
  private final int @Nullable [] decimal;
  /** The numbers of the values {@link #decimal} lists, in its order (NaN when not a number). */
  private final double @Nullable [] numbers;
  private final int size;
  /**
   * The spec indices of {@code lat} and {@code lon}, -1 where the endpoint declares none: the
   * location rows read both on every request, and they are found here once per query.
   */
  private final int latitude;
  private final int longitude;
  /** The last coverage found to hold the location, and the last found not to; see locatedIn. */
  private @Nullable Coverage holding;
  private @Nullable Coverage notHolding;

  /**
   * Holds the values of one query.
   *
   * @param specs the endpoint's specs
   * @param query the raw query
   * @param bounds per spec, the start of its accepted value plus one and its end; 0 when absent
   * @param values per spec, the decoded value when it had to be decoded, else null; or null when
   *     no value had to be
   */
  ParameterValues(List<ParameterSpec> specs, String query, int[] bounds,
      @Nullable String @Nullable [] values) {
    this.specs = specs;
    this.query = query;
    this.bounds = bounds;
    this.values = values;
    int count = 0;
    int decimalValues = 0;
    int lat = -1;
    int lon = -1;
    for (int i = 0; i < specs.size(); i++) {
      String name = specs.get(i).name();
      if (name.equals(ParameterSpec.LATITUDE)) {
        lat = i;
      } else if (name.equals(ParameterSpec.LONGITUDE)) {
        lon = i;
      }
      if (present(i)) {
        count++;
        if (specs.get(i).type() instanceof ParameterType.FloatType) {
          decimalValues++;
        }
      }
    }
    this.size = count;
    this.latitude = lat;
    this.longitude = lon;
    if (decimalValues == 0) {
      this.decimal = null;
      this.numbers = null;
      return;
    }
    int[] read = new int[decimalValues << 1];
    double[] parsed = new double[decimalValues];
    int next = 0;
    for (int i = 0; next < decimalValues; i++) {
      if (present(i) && specs.get(i).type() instanceof ParameterType.FloatType) {
        read[next << 1] = i;
        read[(next << 1) + 1] = readDecimals(i);
        parsed[next] = readNumber(i);
        next++;
      }
    }
    this.decimal = read;
    this.numbers = parsed;
  }

  /** Returns where the decimal value of spec {@code index} stands in {@link #decimal}, or -1. */
  private int decimalAt(int index) {
    int[] read = decimal;
    if (read != null) {
      for (int k = 0; k < read.length; k += 2) {
        if (read[k] == index) {
          return k >> 1;
        }
      }
    }
    return -1;
  }

  private boolean present(int index) {
    return bounds[index << 1] != 0 || decoded(index) != null;
  }

  private @Nullable String decoded(int index) {
    return values == null ? null : values[index];
  }

  private int index(String name) {
    if (name.equals(ParameterSpec.LATITUDE)) {
      return latitude >= 0 && present(latitude) ? latitude : -1;
    }
    if (name.equals(ParameterSpec.LONGITUDE)) {
      return longitude >= 0 && present(longitude) ? longitude : -1;
    }
    for (int i = 0; i < specs.size(); i++) {
      if (present(i) && specs.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private String value(int index) {
    String value = decoded(index);
    return value != null ? value : query.substring(bounds[index << 1] - 1, bounds[(index << 1) + 1]);
  }

  /**
   * Says whether these are values read against the given specs, the very list: then {@link
   * #takesLocation} answers for the endpoint that declares them.
   *
   * @param endpointSpecs an endpoint's parameter specs
   * @return whether the values were read against that list
   */
  public boolean readAgainst(List<ParameterSpec> endpointSpecs) {
    return specs == endpointSpecs;
  }

  /**
   * {@return whether the specs declare both {@code lat} and {@code lon}}, as {@link
   * dev.statuspolicy.catalog.Endpoint#takesLocation} does for their endpoint, without searching
   * the specs by name again.
   */
  public boolean takesLocation() {
    return latitude >= 0 && longitude >= 0;
  }

  /**
   * Says whether the coverage holds this query's location, {@code lat} and {@code lon} as {@link
   * #number} reads them. The last coverage found to hold it is remembered, and the last found not
   * to: a coverage is immutable (its contract says so), so its answer for one point never
   * changes, and each field only ever receives coverages of its own answer. Each is a single
   * reference, written without a lock: a race between two requests loses an answer, and never
   * gives a wrong one.
   *
   * @param coverage the product's area
   * @return whether the area holds the location
   */
  public boolean locatedIn(Coverage coverage) {
    if (coverage == holding) {
      return true;
    }
    if (coverage == notHolding) {
      return false;
    }
    boolean holds = coverage.contains(number(ParameterSpec.LATITUDE), number(ParameterSpec.LONGITUDE));
    if (holds) {
      holding = coverage;
    } else {
      notHolding = coverage;
    }
    return holds;
  }

  /**
   * Reads a value of the decimal grammar where it stands, without cutting it out.
   *
   * @param name the parameter
   * @return the number; NaN when the parameter is absent or not a decimal number
   */
  public double number(String name) {
    int i = index(name);
    if (i < 0) {
      return Double.NaN;
    }
    int at = decimalAt(i);
    return at >= 0 && numbers != null ? numbers[at] : readNumber(i);
  }

  private double readNumber(int i) {
    String decoded = decoded(i);
    return decoded != null
        ? Decimals.parse(decoded, 0, decoded.length())
        : Decimals.parse(query, bounds[i << 1] - 1, bounds[(i << 1) + 1]);
  }

  /**
   * Counts the decimals of a value where it stands, without cutting it out.
   *
   * @param name the parameter
   * @return the digits after its point, 0 without one; -1 when the parameter is absent
   */
  public int decimals(String name) {
    int i = index(name);
    if (i < 0) {
      return -1;
    }
    int at = decimalAt(i);
    return at >= 0 && decimal != null ? decimal[(at << 1) + 1] : readDecimals(i);
  }

  private int readDecimals(int i) {
    String decoded = decoded(i);
    return decoded != null
        ? Decimals.decimals(decoded, 0, decoded.length())
        : Decimals.decimals(query, bounds[i << 1] - 1, bounds[(i << 1) + 1]);
  }

  @Override
  public @Nullable String get(@Nullable Object name) {
    // Like the JDK's immutable maps, which Parameters used to hold: null is not a key.
    Objects.requireNonNull(name, "name");
    if (name instanceof String wanted) {
      int i = index(wanted);
      return i < 0 ? null : value(i);
    }
    return null;
  }

  @Override
  public boolean containsKey(@Nullable Object name) {
    return get(name) != null;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next = advance(0);

          private int advance(int from) {
            int i = from;
            while (i < specs.size() && !present(i)) {
              i++;
            }
            return i;
          }

          @Override
          public boolean hasNext() {
            return next < specs.size();
          }

          @Override
          public Map.Entry<String, String> next() {
            if (next >= specs.size()) {
              throw new NoSuchElementException();
            }
            Map.Entry<String, String> entry = Map.entry(specs.get(next).name(), value(next));
            next = advance(next + 1);
            return entry;
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }
}
