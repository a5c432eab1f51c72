package org.rlsviewer.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rlsviewer.domain.Urgency;

/**
 * A versioned rule set: the rules the analyser applies, read from a rule file (the built-in
 * {@code ruleset.txt}, or a clinic's own copy that adds, rewords or switches off rules). The file
 * is validated as a whole on load; every problem is reported with its line. Immutable.
 */
public final class RuleBook {

  private static final String BUILT_IN = "ruleset.txt";
  private static final Set<String> KEYS =
      Set.of("version", "kind", "urgency", "trigger", "title", "rationale", "source", "enabled");
  private static final Set<String> REQUIRED = Set.of("version", "kind", "urgency", "trigger", "title", "rationale",
      "source");
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)}");
  private static final Pattern SET_VERSION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+_-]{0,39}");

  private final String version;
  private final List<Rule> rules;
  private final Lexicon lexicon;

  private RuleBook(String version, List<Rule> rules, Lexicon lexicon) {
    this.version = version;
    this.rules = List.copyOf(rules);
    this.lexicon = lexicon;
  }

  /** The rule set that ships with the program. */
  public static RuleBook builtIn() {
    return Holder.BUILT_IN_BOOK;
  }

  /**
   * Reads and validates a rule file (UTF-8).
   *
   * @throws RuleFileException listing every problem with its line when the file is not a valid rule set
   */
  public static RuleBook load(Path file) throws IOException, RuleFileException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.getFileName().toString());
    }
  }

  /** Reads and validates a rule set; {@code sourceName} names it in error messages. */
  public static RuleBook read(Reader reader, String sourceName) throws IOException, RuleFileException {
    return new Parser(sourceName).parse(new BufferedReader(reader));
  }

  /** The rule-set version, printed with every finding, e.g. {@code 2026.11-2}. */
  public String version() {
    return version;
  }

  /** Every rule of the file, switched off ones included, in file order. */
  public List<Rule> rules() {
    return rules;
  }

  /** The rules that are switched on, in file order. */
  public List<Rule> enabled() {
    return rules.stream().filter(Rule::enabled).toList();
  }

  /** The kind of the first enabled rule with this id, e.g. to tell red flags from cautions. */
  public Optional<RuleKind> kindOf(String ruleId) {
    return enabled().stream().filter(r -> r.id().equals(ruleId)).map(Rule::kind).findFirst();
  }

  /** The lexicon the rules read notes with: the built-in concepts plus the rules' own word patterns. */
  Lexicon lexicon() {
    return lexicon;
  }

  /** The concept name under which a {@code words} trigger's pattern is matched. */
  static String wordsConcept(Rule rule) {
    return "rule:" + rule.id() + "@" + rule.line();
  }

  private static final class Parser {
    private final String source;
    private final List<RuleFileException.Problem> problems = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private String version;
    private String blockId;
    private int blockLine;
    private Map<String, String> block;
    private Map<String, Integer> keyLines;

    Parser(String source) {
      this.source = source;
    }

    RuleBook parse(BufferedReader in) throws IOException, RuleFileException {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        if (n == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        if (s.startsWith("[")) {
          finishBlock();
          if (!s.endsWith("]")) {
            problem(n, "a rule heading must look like [rule-id]");
            continue;
          }
          String id = s.substring(1, s.length() - 1).strip();
          if (!ID.matcher(id).matches()) {
            problem(n, "rule id '" + id + "' must be lower-case words joined by hyphens");
          }
          if (version == null) {
            problem(n, "the file must name its version first, as 'rule-set: VERSION'");
            version = "";
          }
          blockId = id;
          blockLine = n;
          block = new LinkedHashMap<>();
          keyLines = new LinkedHashMap<>();
          continue;
        }
        int colon = s.indexOf(':');
        if (colon <= 0) {
          problem(n, "expected 'key: value' or a [rule-id] heading");
          continue;
        }
        String key = s.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = s.substring(colon + 1).strip();
        if (block == null) {
          if (key.equals("rule-set") && version == null) {
            if (!SET_VERSION.matcher(value).matches()) {
              problem(n, "rule-set version '" + value + "' must be letters, digits, '.', '-', '+' or '_'");
            }
            version = value;
          } else {
            problem(n, "'" + key + "' outside a rule: start a rule with a [rule-id] heading");
          }
          continue;
        }
        if (!KEYS.contains(key)) {
          problem(n, "unknown key '" + key + "' (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
        } else if (block.containsKey(key)) {
          problem(n, "'" + key + "' given twice in rule [" + blockId + "]");
        } else {
          block.put(key, value);
          keyLines.put(key, n);
        }
      }
      finishBlock();
      if (version == null) {
        problems.add(new RuleFileException.Problem(0, "the file has no 'rule-set: VERSION' line"));
      }
      if (rules.isEmpty() && problems.isEmpty()) {
        problems.add(new RuleFileException.Problem(0, "the file holds no rules"));
      }
      Lexicon lexicon = Lexicon.builtIn();
      Set<String> seen = new HashSet<>();
      for (Rule r : rules) {
        if (!seen.add(r.id() + "\t" + r.triggerText())) {
          problem(r.line(), "rule [" + r.id() + "] with trigger '" + r.triggerText() + "' is given twice");
        }
        if (r.trigger().equals(TriggerCatalogue.WORDS)) {
          lexicon = lexicon.withTerm(wordsConcept(r), r.argument()); // checked in finishBlock
        }
      }
      if (!problems.isEmpty()) {
        problems.sort(Comparator.comparingInt(RuleFileException.Problem::line));
        throw new RuleFileException(source, problems);
      }
      return new RuleBook(version, rules, lexicon);
    }

    private void finishBlock() {
      if (block == null) {
        return;
      }
      int before = problems.size();
      for (String key : REQUIRED.stream().sorted().toList()) {
        if (!block.containsKey(key) || block.get(key).isEmpty()) {
          problem(keyLines.getOrDefault(key, blockLine), "rule [" + blockId + "] needs a non-empty '" + key + "'");
        }
      }
      int ruleVersion = 0;
      if (block.containsKey("version")) {
        try {
          ruleVersion = Integer.parseInt(block.get("version"));
          if (ruleVersion < 1) {
            throw new NumberFormatException();
          }
        } catch (NumberFormatException e) {
          problem(keyLines.get("version"), "version '" + block.get("version") + "' must be a whole number of 1 or more");
        }
      }
      RuleKind kind = null;
      if (block.containsKey("kind")) {
        kind = RuleKind.forWord(block.get("kind")).orElse(null);
        if (kind == null) {
          problem(keyLines.get("kind"), "kind '" + block.get("kind")
              + "' must be flag, caution, suggested-test or info");
        }
      }
      Urgency urgency = null;
      if (block.containsKey("urgency")) {
        try {
          urgency = Urgency.valueOf(block.get("urgency").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          problem(keyLines.get("urgency"), "urgency '" + block.get("urgency")
              + "' must be urgent, soon, routine or info");
        }
      }
      boolean enabled = true;
      if (block.containsKey("enabled")) {
        String e = block.get("enabled").toLowerCase(Locale.ROOT);
        if (e.equals("no") || e.equals("false") || e.equals("off")) {
          enabled = false;
        } else if (!(e.equals("yes") || e.equals("true") || e.equals("on"))) {
          problem(keyLines.get("enabled"), "enabled '" + block.get("enabled") + "' must be yes or no");
        }
      }
      String trigger = "";
      String argument = "";
      if (block.containsKey("trigger") && !block.get("trigger").isEmpty()) {
        String[] parts = block.get("trigger").split("\\s+", 2);
        trigger = parts[0].toLowerCase(Locale.ROOT);
        argument = parts.length > 1 ? parts[1].strip() : "";
        String why = kind == null ? null : TriggerCatalogue.check(trigger, argument, kind);
        if (why != null) {
          problem(keyLines.get("trigger"), why);
        } else if (kind != null) {
          Set<String> allowed = TriggerCatalogue.placeholders(trigger, argument);
          for (String key : List.of("title", "rationale")) {
            Matcher m = PLACEHOLDER.matcher(block.getOrDefault(key, ""));
            while (m.find()) {
              if (!allowed.contains(m.group(1))) {
                problem(keyLines.get(key), "{" + m.group(1) + "} is not known to trigger '" + trigger + "'"
                    + (allowed.isEmpty() ? " (it offers none)" : " (it offers "
                    + String.join(", ", allowed.stream().sorted().map(a -> "{" + a + "}").toList()) + ")"));
              }
            }
          }
        }
      }
      if (problems.size() == before) {
        rules.add(new Rule(blockId, ruleVersion, kind, urgency, trigger, argument, block.get("title"),
            block.get("rationale"), block.get("source"), enabled, blockLine));
      }
      block = null;
    }

    private void problem(int line, String message) {
      problems.add(new RuleFileException.Problem(line, message));
    }
  }

  private static final class Holder {
    static final RuleBook BUILT_IN_BOOK = BuiltInResource.read(BUILT_IN, text -> {
      try {
        return read(text, BUILT_IN);
      } catch (RuleFileException e) {
        throw new IllegalStateException("Built-in rule set is invalid: " + e.getMessage(), e);
      }
    });
  }
}
