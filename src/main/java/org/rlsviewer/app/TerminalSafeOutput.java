package org.rlsviewer.app;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Strips what a terminal would act on from the commands' output: escape sequences (ESC [ ... ,
 * ESC ] ... BEL and the like), other C0 control characters but the line feed and tab, a carriage
 * return not followed by a line feed, DEL and the C1 controls (U+0080-U+009F in UTF-8). A patient's
 * name or note cannot then clear the screen, retitle the window or hide a line. Works on the UTF-8
 * bytes (or any ASCII-compatible encoding), so it never splits a character.
 */
final class TerminalSafeOutput extends FilterOutputStream {

  private enum State { TEXT, ESCAPE, CONTROL_SEQUENCE, STRING, STRING_ESCAPE, AFTER_C2, AFTER_CR }

  /** A string sequence (OSC, DCS ...) longer than this is not a real one: stop swallowing. */
  private static final int STRING_MAX = 512;

  private State state = State.TEXT;
  private int swallowed;

  TerminalSafeOutput(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    b &= 0xFF;
    switch (state) {
      case TEXT -> text(b);
      case ESCAPE -> {
        state = switch (b) {
          case '[' -> State.CONTROL_SEQUENCE;
          case ']', 'P', 'X', '^', '_' -> State.STRING;
          default -> State.TEXT;
        };
        swallowed = 0;
        if (b < 0x20 || b >= 0x7F) {
          state = State.TEXT;
          text(b);
        }
      }
      case CONTROL_SEQUENCE -> {
        if (b >= 0x40 && b <= 0x7E) {
          state = State.TEXT;
        } else if (b < 0x20 || b > 0x7E) {
          state = State.TEXT;
          text(b);
        }
      }
      case STRING -> {
        if (b == 0x07 || b == '\n' || ++swallowed > STRING_MAX) {
          state = State.TEXT;
          if (b == '\n') {
            out.write(b);
          }
        } else if (b == 0x1B) {
          state = State.STRING_ESCAPE;
        }
      }
      case STRING_ESCAPE -> {
        state = b == '\\' ? State.TEXT : State.STRING;
      }
      case AFTER_C2 -> {
        state = State.TEXT;
        if (b < 0x80 || b > 0x9F) {
          out.write(0xC2);
          text(b);
        }
      }
      case AFTER_CR -> {
        state = State.TEXT;
        if (b == '\n') {
          out.write('\r');
        }
        text(b);
      }
    }
  }

  private void text(int b) throws IOException {
    if (b == 0x1B) {
      state = State.ESCAPE;
    } else if (b == 0xC2) {
      state = State.AFTER_C2;
    } else if (b == '\r') {
      state = State.AFTER_CR;
    } else if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7F) {
      return;
    } else {
      out.write(b);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      write(b[i]);
    }
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }
}
