package org.rlsviewer.store;

/** Helpers for naming what the store keeps. */
public final class StoreKeys {

  private StoreKeys() {}

  /** A short, stable name for a file's content: the first 16 hex digits of its SHA-256. */
  public static String contentKey(byte[] bytes) {
    return TextCodec.sha256(bytes).substring(0, 16);
  }
}
