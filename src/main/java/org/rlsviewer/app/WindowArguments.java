package org.rlsviewer.app;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The arguments that open the window: {@code [--db URL] [DIARY.csv]} ({@code --db=URL} too). Anything else
 * (a command's name, another option, more files) is a command line for {@link CommandLine}.
 */
record WindowArguments(Optional<String> db, Optional<Path> diary) {

  /** The window's arguments; empty when the arguments are a command line. */
  static Optional<WindowArguments> of(String[] args) {
    Optional<String> db = Optional.empty();
    String[] rest = args;
    if (args.length >= 1 && args[0].startsWith("--db=")) {
      db = Optional.of(args[0].substring("--db=".length()));
      rest = Arrays.copyOfRange(args, 1, args.length);
    } else if (args.length >= 2 && args[0].equals("--db")) {
      db = Optional.of(args[1]);
      rest = Arrays.copyOfRange(args, 2, args.length);
    }
    if (rest.length == 0) {
      return args.length == 0 || db.isPresent() ? Optional.of(new WindowArguments(db, Optional.empty()))
          : Optional.empty();
    }
    boolean oneDiary = rest.length == 1 && !rest[0].startsWith("-") && !CommandLine.isCommand(rest);
    return oneDiary ? Optional.of(new WindowArguments(db, Optional.of(Path.of(rest[0])))) : Optional.empty();
  }
}
