package org.rlsviewer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataFolderTest {

  @ParameterizedTest(name = "{0} APPDATA={1} XDG_DATA_HOME={2}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      Linux      | -                       | -                | /home/ann/.local/share/rls-diary-viewer
      Linux      | -                       | /data/ann        | /data/ann/rls-diary-viewer
      Linux      | -                       | relative/path    | /home/ann/.local/share/rls-diary-viewer
      FreeBSD    | -                       | -                | /home/ann/.local/share/rls-diary-viewer
      Mac OS X   | -                       | /data/ann        | /home/ann/Library/Application Support/RLS Diary Viewer
      Windows 11 | /users/ann/AppData/Roaming | -             | /users/ann/AppData/Roaming/RLS Diary Viewer
      Windows 10 | -                       | -                | /home/ann/AppData/Roaming/RLS Diary Viewer
      """)
  void followsEachPlatformsConvention(String os, String appData, String xdg, String expected) {
    Map<String, String> env = new HashMap<>();
    if (appData != null) {
      env.put("APPDATA", appData);
    }
    if (xdg != null) {
      env.put("XDG_DATA_HOME", xdg);
    }

    assertThat(DataFolder.resolve(os, env, "/home/ann")).isEqualTo(Path.of(expected));
  }

  @Test
  void theEmbeddedDatabaseIsCreatedOnFirstUseReadableByItsOwnerOnly(@TempDir Path dir) throws Exception {
    // Spaces as in "Application Support" and "RLS Diary Viewer".
    Path file = dir.resolve("RLS Diary Viewer").resolve("rls-diary-viewer.db");
    PatientStore store = PatientStore.open(DatabaseSettings.embedded(file), Clock.systemUTC());
    assertThat(file.getParent()).doesNotExist();

    store.prepare();

    assertThat(Files.size(file)).isPositive();
    assertThat(store.patients()).isEmpty();
    // Owner-only permissions are a POSIX notion; on Windows the per-user APPDATA folder protects the file.
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(Files.getPosixFilePermissions(file.getParent()))
        .containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
  }

  @Test
  void aJdbcUrlChoosesTheDatabase() {
    assertThat(DatabaseSettings.fromUrl("jdbc:sqlite:/tmp/x.db", "", "").file()).contains(Path.of("/tmp/x.db"));
    DatabaseSettings server = DatabaseSettings.fromUrl("jdbc:postgresql://db.clinic/rls", "ann", "secret");
    assertThat(server.isEmbedded()).isFalse();
    assertThat(server.toString()).contains("jdbc:postgresql://db.clinic/rls", "ann").doesNotContain("secret");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DatabaseSettings.fromUrl("jdbc:mysql://x/y", "", ""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
