package org.rlsviewer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseUrlsTest {

  @Test
  void aPasswordParameterIsTakenOutInAnyCaseAndPlace() {
    assertThat(DatabaseUrls.withoutPassword("jdbc:postgresql://db/rls?password=s3cret"))
        .isEqualTo("jdbc:postgresql://db/rls");
    assertThat(DatabaseUrls.withoutPassword("jdbc:postgresql://db/rls?PassWord=s3cret&sslmode=verify-full"))
        .isEqualTo("jdbc:postgresql://db/rls?sslmode=verify-full");
    assertThat(DatabaseUrls.withoutPassword("jdbc:postgresql://db/rls?user=ann&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db/rls?user=ann&ssl=true");
    assertThat(DatabaseUrls.withoutPassword("jdbc:postgresql://db/rls?sslmode=require&PASSWORD=s3cret"))
        .isEqualTo("jdbc:postgresql://db/rls?sslmode=require");
    assertThat(DatabaseUrls.withoutPassword("jdbc:postgresql://db/rls?sslpassword=k3y&password=s3cret"))
        .isEqualTo("jdbc:postgresql://db/rls");
  }

  @Test
  void aPasswordInTheUserPartIsTakenOutTheUserStays() {
    assertThat(DatabaseUrls.withoutPassword("jdbc:postgresql://ann:s3cret@db.clinic:5432/rls"))
        .isEqualTo("jdbc:postgresql://ann@db.clinic:5432/rls");
    assertThat(DatabaseUrls.withoutPassword("jdbc:postgresql://ann@db.clinic/rls")).isEqualTo("jdbc:postgresql://ann@db.clinic/rls");
    assertThat(DatabaseUrls.hasPassword("jdbc:postgresql://ann:s3cret@db/rls")).isTrue();
  }

  @Test
  void anAddressWithoutPasswordIsLeftAlone() {
    for (String url : new String[] {"jdbc:postgresql://db.clinic.local/rls?sslmode=verify-full",
        "jdbc:postgresql://[::1]:5432/rls", "jdbc:sqlite:/home/ann/rls.db", "jdbc:postgresql://db/rls?passwordless=1"}) {
      assertThat(DatabaseUrls.withoutPassword(url)).isEqualTo(url);
      assertThat(DatabaseUrls.hasPassword(url)).isFalse();
    }
  }

  @Test
  void settingsNeverShowThePasswordAndAnSqliteFileNeverTakesItInItsName() {
    DatabaseSettings server = DatabaseSettings.fromUrl("jdbc:postgresql://db/rls?password=s3cret", "ann", "pw2");
    assertThat(server.toString()).doesNotContain("s3cret").doesNotContain("pw2");
    DatabaseSettings file = DatabaseSettings.fromUrl("jdbc:sqlite:/tmp/x/rls.db?password=s3cret", "", "");
    assertThat(file.file()).contains(Path.of("/tmp/x/rls.db"));
    assertThat(file.jdbcUrl()).doesNotContain("s3cret");
  }
}
