package org.framescope.lexicon;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.framescope.model.InputException;

/**
 * Reads a quanteda YAML dictionary.
 *
 * <p>Input: a YAML mapping whose keys are categories and whose values are a pattern, a list of
 * patterns, or nested mappings (sub-categories). Nested keys are joined with "." as quanteda does
 * ({@code economy: {positive: [grow*]}} gives category "economy.positive"). Patterns are glob-style;
 * only a trailing {@code *} is supported (prefix match); {@code ?} or an inner {@code *} fail with
 * file:line. Matching is case-insensitive, as quanteda's default. Output: a {@link Lexicon}, span
 * category = prefix + joined key.
 */
public final class QuantedaYamlImporter implements LexiconImporter {
  private final String prefix;

  /** @param categoryPrefix put before each category, e.g. "dict:" (may be empty) */
  public QuantedaYamlImporter(String categoryPrefix) {
    this.prefix = Objects.requireNonNull(categoryPrefix, "categoryPrefix");
  }

  public QuantedaYamlImporter() {
    this("dict:");
  }

  @Override
  public Lexicon read(Path path) throws InputException {
    ImportSupport.Source src = new ImportSupport.Source(path);
    Map<String, String> categories = new LinkedHashMap<>();
    ImportSupport.Collector out = new ImportSupport.Collector();
    try (JsonParser p = new YAMLFactory().createParser(src.text)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new InputException(src.at(1), "empty YAML dictionary");
      }
      if (t != JsonToken.START_OBJECT) {
        throw new InputException(src.at(line(p)), "the top level of a quanteda dictionary must be a mapping");
      }
      readObject(p, "", src, categories, out);
    } catch (IOException e) {
      throw new InputException(path.toString(), "malformed YAML (" + e.getMessage().lines().findFirst().orElse("") + ")");
    }
    return Lexicon.of(src.name, src.version, src.tag, src.sha256, categories, out.entries());
  }

  private static int line(JsonParser p) {
    return p.currentTokenLocation().getLineNr();
  }

  private void readObject(JsonParser p, String path, ImportSupport.Source src, Map<String, String> cats, ImportSupport.Collector out)
      throws IOException, InputException {
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String key = p.currentName().strip();
      if (key.isEmpty()) {
        throw new InputException(src.at(line(p)), "empty dictionary key");
      }
      String child = path.isEmpty() ? key : path + "." + key;
      readValue(p, p.nextToken(), child, src, cats, out);
    }
    if (t != JsonToken.END_OBJECT) {
      throw new InputException(src.at(line(p)), "unexpected YAML token " + t);
    }
  }

  private void readValue(JsonParser p, JsonToken t, String path, ImportSupport.Source src, Map<String, String> cats,
                         ImportSupport.Collector out) throws IOException, InputException {
    if (t == JsonToken.START_OBJECT) {
      readObject(p, path, src, cats, out);
    } else if (t == JsonToken.START_ARRAY) {
      JsonToken e;
      while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
        if (e == JsonToken.START_ARRAY) {
          throw new InputException(src.at(line(p)), "nested lists are not a quanteda dictionary (key '" + path + "')");
        }
        readValue(p, e, path, src, cats, out);
      }
    } else if (t != null && t.isScalarValue() && t != JsonToken.VALUE_NULL) {
      String pattern = p.getText().strip();
      int ln = line(p);
      if (pattern.isEmpty()) {
        throw new InputException(src.at(ln), "empty pattern under '" + path + "'");
      }
      if (pattern.indexOf('?') >= 0) {
        throw new InputException(src.at(ln), "glob '?' is not supported in pattern '" + pattern + "'");
      }
      String category = prefix + path;
      cats.putIfAbsent(category, "dictionary key '" + path + "' from " + src.path.getFileName());
      try {
        out.add(LexiconEntry.parse(pattern, category, 0, 0, List.of(), false, "", "", src.tag, ln));
      } catch (IllegalArgumentException ex) {
        throw new InputException(src.at(ln), ex.getMessage());
      }
    } else {
      throw new InputException(src.at(line(p)), "key '" + path + "' has no patterns");
    }
  }
}
