package org.rlsviewer.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The arguments that open the window: {@code [--db URL] [DIARY.csv]} ({@code --db=URL} too), or
 * {@code --no-store [DIARY.csv]} for a session that keeps nothing in the patient database. Anything
 * else (a command's name, another option, more files) is a command line for {@link CommandLine}.
 */
record WindowArguments(Optional<String> db, Optional<Path> diary, boolean noStore) {

  static final String NO_STORE = "--no-store";

  WindowArguments(Optional<String> db, Optional<Path> diary) {
    this(db, diary, false);
  }

  /** The window's arguments; empty when the arguments are a command line. */
  static Optional<WindowArguments> of(String[] args) {
    List<String> all = new ArrayList<>(Arrays.asList(args));
    boolean noStore = all.remove(NO_STORE);
    if (noStore && all.contains(NO_STORE)) {
      return Optional.empty();
    }
    Optional<String> db = Optional.empty();
    String[] rest = all.toArray(String[]::new);
    if (rest.length >= 1 && rest[0].startsWith("--db=")) {
      db = Optional.of(rest[0].substring("--db=".length()));
      rest = Arrays.copyOfRange(rest, 1, rest.length);
    } else if (rest.length >= 2 && rest[0].equals("--db")) {
      db = Optional.of(rest[1]);
      rest = Arrays.copyOfRange(rest, 2, rest.length);
    }
    if (noStore && db.isPresent()) {
      return Optional.empty();
    }
    if (rest.length == 0) {
      return args.length == 0 || db.isPresent() || noStore
          ? Optional.of(new WindowArguments(db, Optional.empty(), noStore)) : Optional.empty();
    }
    boolean oneDiary = rest.length == 1 && !rest[0].startsWith("-") && !CommandLine.isCommand(rest);
    return oneDiary ? Optional.of(new WindowArguments(db, Optional.of(Path.of(rest[0])), noStore)) : Optional.empty();
  }
}
