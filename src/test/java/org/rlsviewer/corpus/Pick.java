package org.rlsviewer.corpus;

import java.util.List;
import java.util.Random;

/** Seeded choices, so the same grammar always writes the same corpus. */
public final class Pick {

  private final Random random;

  Pick(long seed) {
    this.random = new Random(seed);
  }

  public boolean chance(double p) {
    return random.nextDouble() < p;
  }

  public int below(int n) {
    return random.nextInt(n);
  }

  public <T> T one(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** One of "a|b|c" (an empty alternative is allowed). */
  public String oneOf(String alternatives) {
    return one(List.of(alternatives.split("\\|", -1)));
  }

  /** Expands {@code {a|b}} alternatives, nested ones included, choosing each at random. */
  public String expand(String phrase) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < phrase.length()) {
      char c = phrase.charAt(i);
      if (c != '{') {
        out.append(c);
        i++;
        continue;
      }
      int depth = 0;
      int start = i + 1;
      int j = i;
      List<String> parts = new java.util.ArrayList<>();
      for (; j < phrase.length(); j++) {
        char d = phrase.charAt(j);
        if (d == '{') {
          depth++;
        } else if (d == '}') {
          depth--;
          if (depth == 0) {
            parts.add(phrase.substring(start, j));
            break;
          }
        } else if (d == '|' && depth == 1) {
          parts.add(phrase.substring(start, j));
          start = j + 1;
        }
      }
      if (j >= phrase.length()) {
        throw new IllegalArgumentException("unbalanced braces in: " + phrase);
      }
      out.append(expand(one(parts)));
      i = j + 1;
    }
    return out.toString();
  }
}
