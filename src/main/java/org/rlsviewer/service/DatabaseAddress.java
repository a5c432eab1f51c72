package org.rlsviewer.service;

import org.rlsviewer.store.DatabaseUrls;

/** A clinic database's address as it may be shown and saved: never with a password in it. */
public final class DatabaseAddress {

  private DatabaseAddress() {}

  /** The URL without any password in it; the URL itself when it has none. */
  public static String withoutPassword(String url) {
    return DatabaseUrls.withoutPassword(url);
  }
}
