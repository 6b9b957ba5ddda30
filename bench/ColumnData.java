import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fills a Column Desk database (H2 or PostgreSQL, schema made by the application's migrations, demo
 * accounts present) with a desk of many years: writers, editors and publishers, magazines, tags,
 * columns in every state, their revisions, reviews with comments, and the audit log of it all.
 *
 * <p>Run with the JDBC drivers on the class path (bench/scale.sh does):
 *
 * <pre>
 * java -cp h2.jar:postgresql.jar bench/ColumnData.java URL USER PASSWORD COLUMNS REVISIONS_PER_COLUMN
 * </pre>
 *
 * <p>The same seed gives the same desk. Texts are Korean (three in four columns) or English,
 * assembled from phrases so that words repeat as they do in a real archive, which is what search
 * and its index sizes depend on. Every account it makes signs in with the demo writer's password.
 *
 * <p>Why JDBC batches and not the application's API: a million revisions through the API would take
 * hours, and what is measured afterwards is reading, which does not care how the rows were written.
 * The rows obey the same rules the application keeps (a live revision exists, four eyes on every
 * approval, a schedule only on scheduled columns), so the desk can work on them afterwards.
 */
public final class ColumnData {

  private static final int BATCH = 500;
  private static final int WRITERS = 240;
  private static final int EDITORS = 12;
  private static final int PUBLISHERS = 4;
  private static final int MAGAZINES = 60;
  private static final Duration YEARS = Duration.ofDays(6 * 365);

  private static final String[] KO_SUBJECTS = {
    "서울의 겨울", "바다의 기억", "인공지능과 노동", "오픈소스의 미래", "도시의 골목", "한강의 아침", "작은 서점", "제주의 바람",
    "기후 위기", "청년 주거", "지역 신문", "새벽 시장", "부산의 항구", "오래된 극장", "공공 도서관", "출판의 내일", "데이터와 민주주의",
    "느린 여행", "김치의 과학", "한글의 모양"
  };
  private static final String[] KO_PHRASES = {
    "우리는 매일 같은 길을 걷지만 풍경은 조금씩 달라진다",
    "오래된 질문에 새로운 답을 찾는 일은 생각보다 어렵다",
    "시장 골목의 사람들은 해가 뜨기 전부터 하루를 준비한다",
    "기술은 도구일 뿐이라는 말은 절반만 맞다",
    "도서관의 열람실에는 여전히 조용한 열기가 있다",
    "지역의 이야기는 지역의 언어로 기록되어야 한다",
    "숫자는 많은 것을 말하지만 모든 것을 말하지는 않는다",
    "겨울 바다는 여름보다 정직한 얼굴을 하고 있다",
    "좋은 편집은 독자가 알아채지 못하는 곳에서 일한다",
    "우리가 잃어버린 것은 시간이 아니라 기다리는 법이다",
    "작은 변화가 모여 도시의 표정을 바꾼다",
    "기록하지 않은 역사는 쉽게 잊힌다"
  };
  private static final String[] EN_SUBJECTS = {
    "Notes on the city", "The weather of cities", "Open source and its keepers", "Night trains",
    "A library in winter", "The newsroom after midnight", "Small publishers", "Rivers and roads",
    "Machines that read", "The last bookshop", "Harbour mornings", "Public squares"
  };
  private static final String[] EN_PHRASES = {
    "We walk the same streets every day, and yet they are never quite the same",
    "Old questions deserve new answers, and new answers take time",
    "The market opens before sunrise, long before the city notices",
    "Technology is a tool, which is only half of the truth",
    "A reading room keeps a quiet kind of heat",
    "Numbers say a great deal, but they never say everything",
    "Good editing works where the reader never looks",
    "What we lost was not time but the habit of waiting",
    "Small changes add up until a city wears a new face",
    "History that nobody writes down is easily forgotten"
  };
  private static final String[] FAMILY = {
    "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권"
  };
  private static final String[] GIVEN = {
    "민준", "서연", "도윤", "하은", "지호", "수아", "예준", "지민", "현우", "유진", "준서", "채원", "건우", "다은"
  };
  private static final String[] EN_NAMES = {
    "Alex Morgan", "Sam Carter", "Jordan Lee", "Taylor Reed", "Casey Brooks", "Riley Quinn",
    "Jamie Park", "Morgan Hale"
  };
  private static final String[] TAG_ROOTS = {
    "경제", "정치", "기술", "문화", "서울", "여행", "음식", "책", "영화", "과학", "교육", "환경", "도시", "노동", "언어",
    "economy", "books", "cities", "science", "media"
  };

  private final Connection db;
  private final SplittableRandom random = new SplittableRandom(20261128L);
  private final Instant now = Instant.now();
  private final long[] writers = new long[WRITERS];
  private final long[] editors = new long[EDITORS];
  private final long[] publishers = new long[PUBLISHERS];
  private final String[] usernames;
  private final long[] magazines = new long[MAGAZINES];
  private final List<long[]> tags = new ArrayList<>();
  private final List<String> tagNames = new ArrayList<>();
  private final Map<String, Long> nextIds = new LinkedHashMap<>();
  private final Map<String, PreparedStatement> inserts = new LinkedHashMap<>();
  private final Map<String, Integer> pending = new LinkedHashMap<>();
  private final Map<String, Long> written = new LinkedHashMap<>();
  private int columns;
  private int uncommitted;

  private ColumnData(Connection db) {
    this.db = db;
    this.usernames = new String[WRITERS + EDITORS + PUBLISHERS];
  }

  public static void main(String[] args) throws SQLException {
    if (args.length != 5) {
      System.err.println(
          "usage: java -cp DRIVERS ColumnData.java URL USER PASSWORD COLUMNS REVISIONS_PER_COLUMN");
      System.exit(2);
    }
    int columns = Integer.parseInt(args[3]);
    int revisions = Integer.parseInt(args[4]);
    String url = args[0];
    if (url.startsWith("jdbc:postgresql:") && !url.contains("reWriteBatchedInserts")) {
      url += (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }
    long started = System.nanoTime();
    try (Connection db = DriverManager.getConnection(url, args[1], args[2])) {
      db.setAutoCommit(false);
      ColumnData data = new ColumnData(db);
      data.write(columns, revisions);
      System.out.printf(
          "written in %.1f s: %s%n", (System.nanoTime() - started) / 1e9, data.written);
    }
  }

  private void write(int columns, int revisionsPerColumn) throws SQLException {
    this.columns = columns;
    String hash = single("SELECT password_hash FROM account WHERE username = 'writer'");
    if (hash == null) {
      throw new IllegalStateException(
          "No demo writer: start the desk once on this database with CMS_DEMO=true first");
    }
    for (String sequence :
        List.of("account", "magazine", "tag", "column", "revision", "review", "comment", "audit")) {
      nextIds.put(sequence, 1_000_000_000L);
    }
    prepareInserts();
    accounts(hash);
    magazinesAndTags();
    flushAll();
    for (int c = 0; c < columns; c++) {
      column(c, revisionsPerColumn);
      if (pending.get("revision") >= BATCH * 4 || pending.get("editorial_column") >= BATCH) {
        flushAll();
      }
    }
    flushAll();
    db.commit();
    for (var next : nextIds.entrySet()) {
      // EclipseLink allocates ids in blocks of 50 from these sequences: start well past ours.
      long restart = (next.getValue() / 50 + 2) * 50;
      try (Statement s = db.createStatement()) {
        s.execute("ALTER SEQUENCE " + next.getKey() + "_seq RESTART WITH " + restart);
      }
    }
    db.commit();
  }

  private void prepareInserts() throws SQLException {
    prepare(
        "account",
        "INSERT INTO account (id, username, display_name, password_hash, enabled, created_at,"
            + " version, pen_name, bio, locale) VALUES (?, ?, ?, ?, TRUE, ?, 1, ?, ?, ?)");
    prepare("account_role", "INSERT INTO account_role (account_id, role_name) VALUES (?, ?)");
    prepare(
        "magazine",
        "INSERT INTO magazine (id, slug, title, description, created_at, version)"
            + " VALUES (?, ?, ?, ?, ?, 1)");
    prepare("tag", "INSERT INTO tag (id, name) VALUES (?, ?)");
    prepare(
        "editorial_column",
        "INSERT INTO editorial_column (id, slug, author_id, status, title, subtitle, summary, body,"
            + " magazine_id, current_revision, approved_revision, live_revision,"
            + " live_published_at, first_published_at, unpublished_at, publish_at, created_at,"
            + " updated_at, updated_by, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    prepare(
        "column_tag", "INSERT INTO column_tag (column_id, tag_id, position) VALUES (?, ?, ?)");
    prepare(
        "revision",
        "INSERT INTO revision (id, column_id, number, kind, title, subtitle, summary, body, tags,"
            + " magazine_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    prepare(
        "review",
        "INSERT INTO review (id, column_id, revision, submitted_by, submitted_at, outcome,"
            + " decided_by, decided_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)");
    prepare(
        "review_comment",
        "INSERT INTO review_comment (id, column_id, review_id, revision, author_id, text, quote,"
            + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    prepare(
        "audit_event",
        "INSERT INTO audit_event (id, at, actor, action, column_id, from_status, to_status,"
            + " revision, comment, due_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  }

  private void accounts(String hash) throws SQLException {
    int i = 0;
    for (; i < WRITERS; i++) {
      writers[i] = account(i, hash, "WRITER");
    }
    for (int e = 0; e < EDITORS; e++, i++) {
      editors[e] = account(i, hash, "EDITOR");
    }
    for (int p = 0; p < PUBLISHERS; p++, i++) {
      publishers[p] = account(i, hash, "PUBLISHER");
    }
  }

  private long account(int i, String hash, String role) throws SQLException {
    boolean korean = i % 5 != 0;
    String name =
        korean
            ? FAMILY[i % FAMILY.length] + GIVEN[(i / FAMILY.length) % GIVEN.length]
            : EN_NAMES[i % EN_NAMES.length] + " " + (i / EN_NAMES.length + 1);
    String username = role.toLowerCase() + "-" + (i + 1);
    long id = next("account");
    usernames[i] = username;
    add(
        "account",
        id,
        username,
        name,
        hash,
        at(now.minus(YEARS).minus(Duration.ofDays(30))),
        korean ? name + " 칼럼니스트" : name,
        korean ? "매주 " + pick(KO_SUBJECTS) + "에 대해 씁니다." : "Writes about " + pick(EN_SUBJECTS),
        korean ? "ko" : "en");
    add("account_role", id, role);
    return id;
  }

  private void magazinesAndTags() throws SQLException {
    for (int m = 0; m < MAGAZINES; m++) {
      long id = next("magazine");
      magazines[m] = id;
      boolean korean = m % 4 != 0;
      String title =
          korean
              ? KO_SUBJECTS[m % KO_SUBJECTS.length] + " " + (m / KO_SUBJECTS.length + 1) + "호"
              : EN_SUBJECTS[m % EN_SUBJECTS.length] + " " + (m / EN_SUBJECTS.length + 1);
      add(
          "magazine",
          id,
          "magazine-" + (m + 1),
          title,
          korean ? title + "에 관한 연재" : "A series on " + title,
          at(now.minus(YEARS)));
    }
    for (int t = 0; t < 300; t++) {
      long id = next("tag");
      String name = TAG_ROOTS[t % TAG_ROOTS.length] + (t < TAG_ROOTS.length ? "" : "-" + t);
      tags.add(new long[] {id});
      tagNames.add(name);
      add("tag", id, name);
    }
  }

  private void column(int c, int revisionsPerColumn) throws SQLException {
    long id = next("column");
    int w = skewed(WRITERS);
    long author = writers[w];
    String authorName = usernames[w];
    boolean korean = c % 4 != 0;
    String status = status(c);
    String subject = korean ? pick(KO_SUBJECTS) : pick(EN_SUBJECTS);
    String title = korean ? subject + "에 대하여 " + (c + 1) : subject + ", part " + (c + 1);
    String subtitle = korean ? pick(KO_PHRASES) : pick(EN_PHRASES);
    String summary = (korean ? pick(KO_PHRASES) : pick(EN_PHRASES)) + ".";
    Long magazine = random.nextInt(5) == 0 ? null : magazines[skewed(MAGAZINES)];
    int revisions = 1 + random.nextInt(2 * revisionsPerColumn - 1);
    // Columns are written over the years, oldest first; those still in the works are recent.
    boolean finished = status.equals("PUBLISHED") || status.equals("UNPUBLISHED");
    // Finished ones spread evenly over the years, oldest first; the others are recent. Edits,
    // review and publication add at most a few days, which still ends before now.
    Duration span = YEARS.minus(Duration.ofDays(10));
    Instant created =
        finished
            ? now.minus(YEARS).plus(span.multipliedBy(c).dividedBy(Math.max(1, columns)))
            : now.minus(Duration.ofDays(5)).minus(Duration.ofMinutes(random.nextInt(60 * 24 * 85)));
    Instant edited = created;
    int[] chosenTags = {random.nextInt(300), random.nextInt(300), random.nextInt(300)};
    int tagCount = 1 + random.nextInt(3);
    StringBuilder tagLines = new StringBuilder();
    for (int t = 0; t < tagCount; t++) {
      if (t > 0) {
        tagLines.append('\n');
      }
      tagLines.append(tagNames.get(chosenTags[t]));
    }
    String body = null;
    for (int n = 1; n <= revisions; n++) {
      edited = edited.plus(Duration.ofMinutes(3 + random.nextInt(240)));
      body = body(korean, n);
      add(
          "revision",
          next("revision"),
          id,
          n,
          n == 1 ? "CREATE" : n % 3 == 0 ? "EDIT" : "AUTOSAVE",
          title,
          subtitle,
          summary,
          body,
          tagLines.toString(),
          magazine,
          author,
          at(edited));
      if (n == 1) {
        audit(created, authorName, "CREATE", id, null, "DRAFT", 1, null, null);
      } else if (n % 3 == 0) {
        audit(edited, authorName, "EDIT", id, "DRAFT", "DRAFT", n, null, null);
      }
    }
    Instant updated = edited;
    long editor = editors[random.nextInt(EDITORS)];
    String editorName = usernames[WRITERS + (int) indexOf(editors, editor)];
    long publisher = publishers[random.nextInt(PUBLISHERS)];
    String publisherName = usernames[WRITERS + EDITORS + (int) indexOf(publishers, publisher)];
    Integer approved = null;
    Integer live = null;
    Instant livePublished = null;
    Instant firstPublished = null;
    Instant unpublished = null;
    Instant publishAt = null;
    if (!status.equals("DRAFT")) {
      Instant submitted = updated.plus(Duration.ofMinutes(5));
      audit(submitted, authorName, "SUBMIT", id, "DRAFT", "IN_REVIEW", revisions, null, null);
      String outcome =
          switch (status) {
            case "IN_REVIEW" -> "PENDING";
            case "CHANGES_REQUESTED" -> "CHANGES_REQUESTED";
            default -> "APPROVED";
          };
      Instant decided = outcome.equals("PENDING") ? null : submitted.plus(Duration.ofHours(3));
      long review = next("review");
      add(
          "review",
          review,
          id,
          revisions,
          author,
          at(submitted),
          outcome,
          decided == null ? null : editor,
          decided == null ? null : at(decided));
      int comments = random.nextInt(4);
      for (int k = 0; k < comments; k++) {
        Instant said = submitted.plus(Duration.ofMinutes(10 + k * 7L));
        String text =
            korean
                ? "이 문단은 조금 더 다듬으면 좋겠습니다. " + pick(KO_PHRASES) + "."
                : "This paragraph could be tighter. " + pick(EN_PHRASES) + ".";
        add(
            "review_comment",
            next("comment"),
            id,
            review,
            revisions,
            editor,
            text,
            korean ? pick(KO_PHRASES) : null,
            at(said));
        audit(said, editorName, "COMMENT", id, "IN_REVIEW", "IN_REVIEW", revisions, text, null);
      }
      updated = decided == null ? submitted : decided;
      if (outcome.equals("CHANGES_REQUESTED")) {
        audit(
            decided, editorName, "REQUEST_CHANGES", id, "IN_REVIEW", "CHANGES_REQUESTED",
            revisions, korean ? "출처를 밝혀 주세요." : "Please name your sources.", null);
      } else if (outcome.equals("APPROVED")) {
        audit(decided, editorName, "APPROVE", id, "IN_REVIEW", "APPROVED", revisions, null, null);
        approved = revisions;
        if (status.equals("SCHEDULED")) {
          // Due in the coming weeks, never during the benchmark.
          publishAt = now.plus(Duration.ofHours(2 + random.nextInt(24 * 60)));
          audit(decided.plus(Duration.ofHours(1)), publisherName, "SCHEDULE", id, "APPROVED",
              "SCHEDULED", revisions, null, publishAt);
          updated = decided.plus(Duration.ofHours(1));
        } else if (finished) {
          Instant due = decided.plus(Duration.ofHours(1 + random.nextInt(48)));
          audit(decided.plus(Duration.ofMinutes(30)), publisherName, "SCHEDULE", id, "APPROVED",
              "SCHEDULED", revisions, null, due);
          audit(due, "scheduler", "PUBLISH", id, "SCHEDULED", "PUBLISHED", revisions, null, due);
          live = revisions;
          livePublished = due;
          firstPublished = due;
          updated = due;
          if (status.equals("UNPUBLISHED")) {
            unpublished = due.plus(Duration.ofDays(1 + random.nextInt(200)));
            if (unpublished.isAfter(now)) {
              unpublished = now.minus(Duration.ofHours(1));
            }
            audit(unpublished, publisherName, "UNPUBLISH", id, "PUBLISHED", "UNPUBLISHED",
                revisions, null, null);
            live = null;
            livePublished = null;
            updated = unpublished;
          }
        }
      }
    }
    add(
        "editorial_column",
        id,
        slug(korean, subject, c),
        author,
        status,
        title,
        subtitle,
        summary,
        body,
        magazine,
        revisions,
        approved,
        live,
        at(livePublished),
        at(firstPublished),
        at(unpublished),
        at(publishAt),
        at(created),
        at(updated),
        author,
        1L);
    for (int t = 0; t < tagCount; t++) {
      boolean repeated = false;
      for (int u = 0; u < t; u++) {
        repeated |= chosenTags[u] == chosenTags[t];
      }
      if (!repeated) {
        add("column_tag", id, tags.get(chosenTags[t])[0], t);
      }
    }
  }

  /** Most columns are long published; a working desk has a few hundred in each other state. */
  private String status(int c) {
    int r = random.nextInt(100);
    if (r < 72) {
      return "PUBLISHED";
    }
    if (r < 76) {
      return "UNPUBLISHED";
    }
    if (r < 86) {
      return "DRAFT";
    }
    if (r < 90) {
      return "IN_REVIEW";
    }
    if (r < 93) {
      return "CHANGES_REQUESTED";
    }
    if (r < 96) {
      return "APPROVED";
    }
    return "SCHEDULED";
  }

  private String body(boolean korean, int revision) {
    StringBuilder body = new StringBuilder();
    int paragraphs = 3 + random.nextInt(4);
    for (int p = 0; p < paragraphs; p++) {
      body.append("<p>");
      int sentences = 2 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        body.append(korean ? pick(KO_PHRASES) + ". " : pick(EN_PHRASES) + ". ");
      }
      body.append("</p>");
    }
    if (revision > 1) {
      body.append(korean ? "<p>고쳐 쓴 판 " : "<p>Revised draft ").append(revision).append("</p>");
    }
    return body.toString();
  }

  private String slug(boolean korean, String subject, int c) {
    String base = subject.toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", "-");
    return base + "-" + (c + 1);
  }

  private void audit(
      Instant at,
      String actor,
      String action,
      long column,
      String from,
      String to,
      Integer revision,
      String comment,
      Instant due)
      throws SQLException {
    add(
        "audit_event",
        next("audit"),
        at(at),
        actor,
        action,
        column,
        from,
        to,
        revision,
        comment,
        at(due));
  }

  /** An index from 0 to n - 1 where the first ones come up far more often, as prolific people do. */
  private int skewed(int n) {
    double u = random.nextDouble();
    return Math.min(n - 1, (int) (n * u * u));
  }

  private String pick(String[] words) {
    return words[random.nextInt(words.length)];
  }

  private static long indexOf(long[] ids, long id) {
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] == id) {
        return i;
      }
    }
    throw new IllegalArgumentException(String.valueOf(id));
  }

  private long next(String sequence) {
    return nextIds.merge(sequence, 1L, Long::sum);
  }

  private static Timestamp at(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  private void prepare(String table, String sql) throws SQLException {
    inserts.put(table, db.prepareStatement(sql));
    pending.put(table, 0);
    written.put(table, 0L);
  }

  private void add(String table, Object... values) throws SQLException {
    PreparedStatement insert = inserts.get(table);
    for (int i = 0; i < values.length; i++) {
      Object value = values[i];
      if (value == null) {
        insert.setNull(i + 1, Types.NULL);
      } else if (value instanceof Timestamp t) {
        insert.setTimestamp(i + 1, t);
      } else {
        insert.setObject(i + 1, value);
      }
    }
    insert.addBatch();
    written.merge(table, 1L, Long::sum);
    pending.merge(table, 1, Integer::sum);
  }

  /**
   * Sends the queued rows, parents before children (the tables are prepared in that order), and
   * commits every few thousand columns. Called only between columns, when every row queued has its
   * parents queued too.
   */
  private void flushAll() throws SQLException {
    for (var entry : inserts.entrySet()) {
      if (pending.get(entry.getKey()) > 0) {
        entry.getValue().executeBatch();
        pending.put(entry.getKey(), 0);
      }
    }
    if (++uncommitted >= 10) {
      db.commit();
      uncommitted = 0;
    }
  }

  private String single(String sql) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      return rows.next() ? rows.getString(1) : null;
    }
  }
}
