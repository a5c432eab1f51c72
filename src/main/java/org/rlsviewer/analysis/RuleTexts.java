package org.rlsviewer.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.rlsviewer.domain.Urgency;

/** The wording, urgency and basis of the rules and suggested tests, from {@code rules.properties}. */
final class RuleTexts {

  private static final RuleTexts BUILT_IN = load("rules.properties");

  private final Properties properties;

  private RuleTexts(Properties properties) {
    this.properties = properties;
  }

  static RuleTexts builtIn() {
    return BUILT_IN;
  }

  String text(String key) {
    String value = properties.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("No rule text for " + key);
    }
    return value;
  }

  String format(String key, Object... args) {
    return new MessageFormat(text(key).replace("'", "''"), Locale.ROOT).format(args);
  }

  Urgency urgency(String key) {
    return Urgency.valueOf(text(key).strip().toUpperCase(Locale.ROOT));
  }

  private static RuleTexts load(String resource) {
    try (InputStream in = RuleTexts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + resource);
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new RuleTexts(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
