package org.rlsviewer.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The libraries bundled in the program with their licences, read from the list the build generates
 * (license-maven-plugin {@code add-third-party}), so the list always matches what was shipped.
 */
final class ThirdPartyLicences {

  static final String RESOURCE = "third-party-licences.txt";

  /** One bundled library: its name, Maven coordinates, version and licence names. */
  record Library(String name, String coordinates, String version, List<String> licences) {
    Library {
      licences = List.copyOf(licences);
    }

    String licenceText() {
      return String.join(" / ", licences);
    }
  }

  // "(Licence A) (Licence B) Name (group:artifact:version - url)"
  private static final Pattern LICENCE = Pattern.compile("^\\(([^()]*)\\)\\s*");
  private static final Pattern TAIL = Pattern.compile("^(.*) \\(([^:\\s()]+:[^:\\s()]+):([^\\s()]+) - [^()]*\\)$");

  private ThirdPartyLicences() {}

  /** The generated list on the class path; empty when the program was built without it. */
  static List<Library> bundled() {
    try (InputStream in = ThirdPartyLicences.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return List.of();
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Library> parse(List<String> lines) {
    List<Library> libraries = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.strip();
      List<String> licences = new ArrayList<>();
      Matcher licence = LICENCE.matcher(line);
      while (licence.find()) {
        licences.add(licence.group(1).strip());
        line = line.substring(licence.end());
        licence = LICENCE.matcher(line);
      }
      Matcher tail = TAIL.matcher(line);
      if (!licences.isEmpty() && tail.matches()) {
        libraries.add(new Library(tail.group(1).strip(), tail.group(2), tail.group(3), licences));
      }
    }
    return List.copyOf(libraries);
  }
}
