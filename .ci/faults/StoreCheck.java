import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * For the store's fault cases, without the sqlite3 shell: runs each SQL query given on the database
 * file (read-only) and prints its rows, columns joined by '|'.
 * Usage: java -cp rls-diary-viewer.jar .ci/faults/StoreCheck.java DB.db "PRAGMA integrity_check" ...
 */
public class StoreCheck {
  public static void main(String[] args) throws Exception {
    org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
    config.setReadOnly(true);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0], config.toProperties());
        Statement st = c.createStatement()) {
      for (int q = 1; q < args.length; q++) {
        try (ResultSet rs = st.executeQuery(args[q])) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= columns; i++) {
              row.append(i > 1 ? "|" : "").append(rs.getString(i));
            }
            System.out.println(row);
          }
        }
      }
    }
  }
}
