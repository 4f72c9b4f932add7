package dev.statuspolicy.internal.parse;

import dev.statuspolicy.catalog.ParameterSpec;
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
 * specs and one array of values: no hash table and no entry objects are built for a request.
 * Iteration follows the endpoint's declaration order. {@link dev.statuspolicy.request.Parameters}
 * keeps it as it is instead of copying it.
 */
public final class ParameterValues extends AbstractMap<String, String> {

  private final List<ParameterSpec> specs;
  private final @Nullable String[] values;
  private final int size;

  ParameterValues(List<ParameterSpec> specs, @Nullable String[] values) {
    this.specs = specs;
    this.values = values;
    int count = 0;
    for (String value : values) {
      if (value != null) {
        count++;
      }
    }
    this.size = count;
  }

  @Override
  public @Nullable String get(@Nullable Object name) {
    // Like the JDK's immutable maps, which Parameters used to hold: null is not a key.
    Objects.requireNonNull(name, "name");
    if (name instanceof String wanted) {
      for (int i = 0; i < values.length; i++) {
        if (values[i] != null && specs.get(i).name().equals(wanted)) {
          return values[i];
        }
      }
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
            while (i < values.length && values[i] == null) {
              i++;
            }
            return i;
          }

          @Override
          public boolean hasNext() {
            return next < values.length;
          }

          @Override
          public Map.Entry<String, String> next() {
            if (next >= values.length) {
              throw new NoSuchElementException();
            }
            Map.Entry<String, String> entry = Map.entry(specs.get(next).name(), values[next]);
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
