package dev.sheaf.spring;

import dev.sheaf.spring.shelves.Shelf;
import dev.sheaf.spring.shelves.Volume;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/** The shelves' tables, seeded rows, and what a load must return, computed from raw rows. */
final class Shelves {
  private Shelves() {}

  static void create(TestDatabase.Scratch scratch) throws SQLException {
    scratch.execute(
        "CREATE TABLE shelf (shelf_no BIGINT PRIMARY KEY, label VARCHAR(100) NOT NULL)",
        "CREATE TABLE volume (volume_no BIGINT PRIMARY KEY,"
            + " shelf_no BIGINT NULL REFERENCES shelf (shelf_no), label VARCHAR(100) NOT NULL)");
  }

  /** {@code count} shelves, 0 to 4 volumes each, and some volumes on no shelf. */
  static void seed(TestDatabase.Scratch scratch, int count, long seed) throws SQLException {
    Random random = new Random(seed);
    try (Connection connection = scratch.connect();
        PreparedStatement shelf = connection.prepareStatement(
            "INSERT INTO shelf (shelf_no, label) VALUES (?, ?)");
        PreparedStatement volume = connection.prepareStatement(
            "INSERT INTO volume (volume_no, shelf_no, label) VALUES (?, ?, ?)")) {
      long volumeNo = 1;
      for (long shelfNo = 1; shelfNo <= count; shelfNo++) {
        shelf.setLong(1, shelfNo * 7);
        shelf.setString(2, "Shelf " + shelfNo);
        shelf.addBatch();
      }
      shelf.executeBatch();
      for (long shelfNo = 1; shelfNo <= count; shelfNo++) {
        for (int v = random.nextInt(5); v > 0; v--) {
          addVolume(volume, volumeNo++, shelfNo * 7, random);
        }
        if (random.nextInt(3) == 0) {
          addVolume(volume, volumeNo++, null, random);
        }
      }
      volume.executeBatch();
    }
  }

  private static void addVolume(PreparedStatement volume, long volumeNo, Long shelfNo,
      Random random) throws SQLException {
    volume.setLong(1, volumeNo);
    if (shelfNo == null) {
      volume.setNull(2, java.sql.Types.BIGINT);
    } else {
      volume.setLong(2, shelfNo);
    }
    volume.setString(3, (random.nextBoolean() ? "A" : "B") + " volume " + volumeNo);
    volume.addBatch();
  }

  /** Every shelf as the repository must load it, in key order, from the rows on a new connection. */
  static List<Shelf> expected(TestDatabase.Scratch scratch) throws SQLException {
    Map<Long, String> labels = new TreeMap<>();
    Map<Long, List<Volume>> volumes = new TreeMap<>();
    try (Connection connection = scratch.connect();
        Statement statement = connection.createStatement()) {
      try (ResultSet rows = statement.executeQuery("SELECT shelf_no, label FROM shelf")) {
        while (rows.next()) {
          labels.put(rows.getLong(1), rows.getString(2));
        }
      }
      try (ResultSet rows = statement.executeQuery("SELECT volume_no, shelf_no, label FROM volume")) {
        while (rows.next()) {
          long shelfNo = rows.getLong(2);
          if (!rows.wasNull()) {
            volumes.computeIfAbsent(shelfNo, key -> new ArrayList<>())
                .add(new Volume(rows.getLong(1), rows.getString(3)));
          }
        }
      }
    }
    List<Shelf> shelves = new ArrayList<>();
    labels.forEach((shelfNo, label) -> {
      List<Volume> onShelf = new ArrayList<>(volumes.getOrDefault(shelfNo, List.of()));
      onShelf.sort(Comparator.comparingLong(Volume::volumeNo));
      long aVolumes = onShelf.stream().filter(volume -> volume.label().startsWith("A")).count();
      shelves.add(new Shelf(shelfNo, label, aVolumes, onShelf));
    });
    return shelves;
  }

  /** How many rows {@code table} has, seen from a new connection. */
  static long rows(TestDatabase.Scratch scratch, String table) throws SQLException {
    try (Connection connection = scratch.connect();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
