package org.rlsviewer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Small JDBC helpers shared by the row classes. Parameters are bound by their Java type: a
 * {@code Long} with {@code setLong}, an {@code Integer} with {@code setInt}, a {@code Double},
 * {@code Boolean}, {@code String} or {@code byte[]} likewise, and {@code null} as a null string
 * (the store's nullable columns written this way are text).
 */
final class Sql {

  private Sql() {}

  /** Reads one value from the current row of a result. */
  interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /** The parameters of one row of a batch insert, in the order of the statement's placeholders. */
  interface Values<T> {
    Object[] of(T item);
  }

  /** Every row the query returns, read by {@code row}. */
  static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
    List<T> list = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(sql)) {
      bind(st, 1, params);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          list.add(row.read(rs));
        }
      }
    }
    return list;
  }

  /** The first row the query returns, read by {@code row}; empty when there is none. */
  static <T> Optional<T> first(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      bind(st, 1, params);
      try (ResultSet rs = st.executeQuery()) {
        return rs.next() ? Optional.of(row.read(rs)) : Optional.empty();
      }
    }
  }

  /** The first column of the first row, as a number, of a query that always returns a row. */
  static int count(Connection c, String sql, long id) throws SQLException {
    return first(c, sql, rs -> rs.getInt(1), id).orElseThrow();
  }

  /** Runs an insert ending in {@code RETURNING id}; returns the new row's id. */
  static long insertReturningId(Connection c, String sql, Object... params) throws SQLException {
    return first(c, sql, rs -> rs.getLong(1), params).orElseThrow();
  }

  /** Runs an insert, update or delete; returns how many rows it changed. */
  static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      bind(st, 1, params);
      return st.executeUpdate();
    }
  }

  /**
   * Inserts one row per item, in one batch, into a table keyed by its owner's id and the item's
   * position: the statement's first two placeholders take {@code ownerId} and 0, 1, 2..., the
   * rest {@code values} of the item.
   */
  static <T> void insertNumbered(Connection c, String sql, long ownerId, List<T> items, Values<T> values)
      throws SQLException {
    try (PreparedStatement st = c.prepareStatement(sql)) {
      int seq = 0;
      for (T item : items) {
        st.setLong(1, ownerId);
        st.setInt(2, seq++);
        bind(st, 3, values.of(item));
        st.addBatch();
      }
      st.executeBatch();
    }
  }

  static void bind(PreparedStatement st, int first, Object... params) throws SQLException {
    int i = first;
    for (Object p : params) {
      if (p == null) {
        st.setString(i, null);
      } else if (p instanceof Long v) {
        st.setLong(i, v);
      } else if (p instanceof Integer v) {
        st.setInt(i, v);
      } else if (p instanceof Double v) {
        st.setDouble(i, v);
      } else if (p instanceof Boolean v) {
        st.setBoolean(i, v);
      } else if (p instanceof String v) {
        st.setString(i, v);
      } else if (p instanceof byte[] v) {
        st.setBytes(i, v);
      } else {
        throw new IllegalArgumentException("no binding for a " + p.getClass().getSimpleName());
      }
      i++;
    }
  }
}
