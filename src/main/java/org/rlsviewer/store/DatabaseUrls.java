package org.rlsviewer.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps passwords out of every JDBC URL the program writes or shows: a {@code password=} query
 * parameter (any case) and the password of {@code user:password@host} are taken out. Passwords
 * come from the {@code RLS_DB_PASSWORD} environment variable or PostgreSQL's {@code .pgpass}.
 */
public final class DatabaseUrls {

  /** A query or property parameter whose name says it holds a secret, with its value. */
  private static final Pattern SECRET_PARAMETER = Pattern.compile(
      "([?&;])(password|sslpassword|pass|pwd)=[^&;#]*", Pattern.CASE_INSENSITIVE);
  /** {@code //user:password@} after the scheme; the password never contains '@' unescaped. */
  private static final Pattern USERINFO_PASSWORD = Pattern.compile("(//[^/?#@:]*):[^/?#@]*@");

  private DatabaseUrls() {}

  /** The URL without any password in it; the URL itself when it has none. */
  public static String withoutPassword(String url) {
    if (url == null) {
      return "";
    }
    String cleaned = USERINFO_PASSWORD.matcher(url).replaceFirst("$1@");
    Matcher m = SECRET_PARAMETER.matcher(cleaned);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      // Keep the separator of the first parameter ('?') so the rest stays a query.
      m.appendReplacement(out, m.group(1).equals("?") ? "?" : "");
    }
    m.appendTail(out);
    String result = out.toString().replace("?&", "?").replace("?;", "?");
    if (result.endsWith("?")) {
      result = result.substring(0, result.length() - 1);
    }
    return result;
  }

  /** Whether the URL holds a password (as a parameter or in its user part). */
  public static boolean hasPassword(String url) {
    return url != null && !withoutPassword(url).equals(url);
  }
}
