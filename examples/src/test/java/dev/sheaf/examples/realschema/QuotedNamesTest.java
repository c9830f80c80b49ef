package dev.sheaf.examples.realschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sheaf.Aggregate;
import dev.sheaf.Column;
import dev.sheaf.Projection;
import dev.sheaf.Reference;
import dev.sheaf.examples.StatementCounter;
import dev.sheaf.examples.db.ScratchDatabase;
import dev.sheaf.examples.db.TestDatabase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The music store's names as its scripts create them: {@code "Artist"}, {@code "Album"} and
 * {@code "Track"} with capitalised columns, in quotes on H2 and PostgreSQL, in backticks on
 * MariaDB (whose table names are case-sensitive here, {@code lower_case_table_names=0}). Beside
 * them sit decoy tables {@code artist}, {@code album} and {@code track}, created without quotes
 * and holding other rows, so a name sent unquoted (and folded) reads the decoy and the test
 * fails. Keys are not named id, {@code ArtistId} is on both sides of a join, and a track's
 * album is nullable. Expected values are computed in Java from the rows inserted.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestDatabase.class)
class QuotedNamesTest {
  @Projection(table = "\"Artist\"", key = "\"ArtistId\"")
  record ArtistCard(@Column("\"ArtistId\"") int id, @Column("\"Name\"") String name,
      @Aggregate(table = "\"Album\"", foreignKey = "\"ArtistId\"") long albumCount,
      @Aggregate(table = "\"Album\"", foreignKey = "\"ArtistId\"", where = "\"Title\" LIKE 'A%'")
      long albumsFromA,
      @Aggregate(foreignKey = "\"ArtistId\"", orderBy = "\"Title\" DESC") List<AlbumCard> albums) {}

  @Projection(table = "\"Album\"", key = "\"AlbumId\"")
  record AlbumCard(@Column("\"AlbumId\"") int id, @Column("\"Title\"") String title,
      @Aggregate(table = "\"Track\"", foreignKey = "\"AlbumId\"", function = Aggregate.Function.SUM,
          column = "\"Milliseconds\"") long length,
      @Aggregate(table = "\"Track\"", foreignKey = "\"AlbumId\"", column = "\"Name\"",
          orderBy = "\"Name\"", limit = 2) List<String> firstTracks) {}

  @Projection(table = "\"Track\"", key = "\"TrackId\"")
  record TrackLine(@Column("\"TrackId\"") int id, @Column("\"Name\"") String name,
      @Reference(foreignKey = "\"AlbumId\"") Optional<AlbumName> album) {}

  /** As a MariaDB user writes it: table names are case-sensitive there, quoted or not. */
  @Projection(table = "Track", key = "TrackId")
  record MariaDbTrack(@Column("TrackId") int id, @Column("Name") String name) {}

  @Projection(table = "\"Album\"", key = "\"AlbumId\"")
  record AlbumName(@Column("\"AlbumId\"") int id, @Column("\"Title\"") String title) {}

  /** Rows as inserted: the oracle's input. */
  record Artist(int id, String name) {}

  record Album(int id, String title, int artistId) {}

  record Track(int id, String name, Integer albumId, int milliseconds) {}

  @Parameter
  TestDatabase database;

  private ScratchDatabase scratch;
  private Jdbi jdbi;
  private final StatementCounter counter = new StatementCounter();
  private final List<Artist> artists = new ArrayList<>();
  private final List<Album> albums = new ArrayList<>();
  private final List<Track> tracks = new ArrayList<>();

  @AfterEach
  void drop() {
    if (scratch != null) {
      scratch.close();
    }
  }

  /** {@code artistCount} artists with 0 to 3 albums each, of 0 to 4 tracks, some with no album. */
  private void fill(int artistCount) {
    scratch = database.fresh("quoted_names");
    jdbi = scratch.jdbi();
    Random random = new Random(artistCount);
    int album = 100;
    int track = 1000;
    for (int a = 1; a <= artistCount; a++) {
      artists.add(new Artist(a, "Artist " + a));
      for (int b = random.nextInt(4); b > 0; b--) {
        album++;
        albums.add(new Album(album, (char) ('A' + random.nextInt(4)) + "lbum " + album, a));
        for (int t = random.nextInt(5); t > 0; t--) {
          track++;
          tracks.add(new Track(track, "Track " + (char) ('a' + random.nextInt(26)) + track,
              random.nextInt(5) == 0 ? null : album, 1000 + random.nextInt(300_000)));
        }
      }
    }
    jdbi.useTransaction(this::create);
    jdbi.setSqlLogger(counter);
  }

  private void create(Handle handle) {
    String q = database == TestDatabase.MARIADB ? "`" : "\"";
    handle.execute("CREATE TABLE " + q + "Artist" + q + " (" + q + "ArtistId" + q
        + " INT PRIMARY KEY, " + q + "Name" + q + " VARCHAR(120))");
    handle.execute("CREATE TABLE " + q + "Album" + q + " (" + q + "AlbumId" + q
        + " INT PRIMARY KEY, " + q + "Title" + q + " VARCHAR(160) NOT NULL, " + q + "ArtistId" + q
        + " INT NOT NULL REFERENCES " + q + "Artist" + q + " (" + q + "ArtistId" + q + "))");
    handle.execute("CREATE TABLE " + q + "Track" + q + " (" + q + "TrackId" + q
        + " INT PRIMARY KEY, " + q + "Name" + q + " VARCHAR(200) NOT NULL, " + q + "AlbumId" + q
        + " INT REFERENCES " + q + "Album" + q + " (" + q + "AlbumId" + q + "), " + q
        + "Milliseconds" + q + " INT NOT NULL)");
    // The decoys: what an unquoted name finds after folding, with rows of their own.
    handle.execute("CREATE TABLE artist (artistid INT PRIMARY KEY, name VARCHAR(120))");
    handle.execute("CREATE TABLE album (albumid INT PRIMARY KEY, title VARCHAR(160), artistid INT)");
    handle.execute("CREATE TABLE track (trackid INT PRIMARY KEY, name VARCHAR(200), albumid INT,"
        + " milliseconds INT)");
    handle.execute("INSERT INTO artist VALUES (1, 'Decoy')");
    handle.execute("INSERT INTO album VALUES (1, 'Decoy', 1)");
    handle.execute("INSERT INTO track VALUES (1, 'Decoy', 1, 1)");
    for (Artist artist : artists) {
      handle.execute("INSERT INTO " + q + "Artist" + q + " VALUES (?, ?)", artist.id(), artist.name());
    }
    for (Album album : albums) {
      handle.execute("INSERT INTO " + q + "Album" + q + " VALUES (?, ?, ?)", album.id(),
          album.title(), album.artistId());
    }
    for (Track track : tracks) {
      handle.execute("INSERT INTO " + q + "Track" + q + " VALUES (?, ?, ?, ?)", track.id(),
          track.name(), track.albumId(), track.milliseconds());
    }
  }

  private long statements() {
    long count = counter.count();
    counter.reset();
    return count;
  }

  // ---------------------------------------------------------------- the oracle

  private List<ArtistCard> expectedArtists() {
    Map<Integer, List<Album>> byArtist = albums.stream()
        .collect(Collectors.groupingBy(Album::artistId));
    return artists.stream().map(artist -> {
      List<Album> own = byArtist.getOrDefault(artist.id(), List.of());
      List<AlbumCard> cards = own.stream()
          .sorted(Comparator.comparing(Album::title).reversed())
          .map(this::expectedAlbum)
          .toList();
      long fromA = own.stream().filter(album -> album.title().startsWith("A")).count();
      return new ArtistCard(artist.id(), artist.name(), own.size(), fromA, cards);
    }).toList();
  }

  private AlbumCard expectedAlbum(Album album) {
    List<Track> own = tracks.stream()
        .filter(track -> track.albumId() != null && track.albumId() == album.id())
        .toList();
    long length = own.stream().mapToLong(Track::milliseconds).sum();
    List<String> first = own.stream().map(Track::name).sorted().limit(2).toList();
    return new AlbumCard(album.id(), album.title(), length, first);
  }

  private List<TrackLine> expectedTracks() {
    Map<Integer, Album> byId = albums.stream()
        .collect(Collectors.toMap(Album::id, Function.identity()));
    return tracks.stream().map(track -> new TrackLine(track.id(), track.name(),
        Optional.ofNullable(track.albumId()).map(byId::get)
            .map(album -> new AlbumName(album.id(), album.title()))))
        .toList();
  }

  // ---------------------------------------------------------------- the loads

  @Test
  void aTreeOfQuotedNamesLoadsInThreeStatements() {
    for (int size : new int[] {3, 40}) {
      artists.clear();
      albums.clear();
      tracks.clear();
      drop();
      fill(size);

      List<ArtistCard> loaded = new QuotedNamesTest_ArtistCardRepository(jdbi).findAll();

      // Titles can repeat within an artist only by chance; the album id follows in the title.
      assertEquals(expectedArtists(), loaded, "at " + size + " artists");
      assertEquals(3, statements());
      assertEquals(3, QuotedNamesTest_ArtistCardRepository.STATEMENTS);
    }
  }

  @Test
  void aTreeOfQuotedNamesLoadsByKeys() {
    fill(20);
    List<Integer> keys = List.of(7, 2, 19, 99);

    List<ArtistCard> loaded = new QuotedNamesTest_ArtistCardRepository(jdbi).findAllById(keys);

    Map<Integer, ArtistCard> expected = expectedArtists().stream()
        .collect(Collectors.toMap(ArtistCard::id, Function.identity()));
    assertEquals(List.of(expected.get(7), expected.get(2), expected.get(19)), loaded);
    assertEquals(3, statements());
  }

  @Test
  void aReferenceByANullableQuotedKeyLoadsInTwoStatements() {
    fill(25);

    List<TrackLine> loaded = new QuotedNamesTest_TrackLineRepository(jdbi).findAll();

    assertEquals(expectedTracks(), loaded);
    assertEquals(2, statements());
  }

  /** MariaDB here has lower_case_table_names=0: an unquoted Track finds Track, not track. */
  @Test
  void onMariaDbAnUnquotedTableNameKeepsItsCase() {
    assumeTrue(database == TestDatabase.MARIADB, "H2 and PostgreSQL fold an unquoted name");
    fill(10);

    List<MariaDbTrack> loaded = new QuotedNamesTest_MariaDbTrackRepository(jdbi).findAll();

    assertEquals(tracks.stream().map(t -> new MariaDbTrack(t.id(), t.name())).toList(), loaded);
    assertEquals(1, statements());
  }
}
