package dev.columndesk.service.search;

import dev.columndesk.service.publishing.PublicColumn;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.search.highlight.SimpleSpanFragmenter;
import org.apache.lucene.store.Directory;

/**
 * A Lucene index of live columns. Every text field is indexed twice: by Nori, Lucene's Korean
 * analyzer, which splits compounds and drops particles ({@code 오픈소스를} is {@code 오픈 소스}), and by the
 * English analyzer, which stems ({@code writing} is {@code write}). A query is read both ways; a
 * column matches when it holds every word of the query under either reading, and when none does,
 * the search is broadened to columns holding any of the words.
 *
 * <p>Safe for many readers and writers at once: Lucene's writer and searcher manager are.
 */
public final class ColumnIndex implements Closeable {

  /** The longest query accepted, in characters. */
  public static final int QUERY_MAX = 200;

  private static final String ID = "id";
  private static final String SLUG = "slug";
  private static final String TITLE = "title";
  private static final String LEAD = "lead";
  private static final String BODY = "body";
  private static final String META = "meta";
  private static final String BYLINE = "byline";
  private static final String MAGAZINE = "magazine";
  private static final String SUMMARY = "summary";
  private static final String FIRST_PUBLISHED = "firstPublished";
  private static final String LANGUAGE = "language";

  private static final String KO = "_ko";
  private static final String EN = "_en";

  /** The searched fields and their weight: a match in the title counts most. */
  private static final Map<String, Float> WEIGHTS =
      Map.of(TITLE, 3f, LEAD, 2f, META, 1.5f, BODY, 1f);

  private static final int SNIPPET_CHARS = 160;

  private final Analyzer korean = new KoreanAnalyzer();
  private final Analyzer english = new EnglishAnalyzer();
  private final IndexWriter writer;
  private final SearcherManager searchers;

  /** An index kept in the directory, which it empties first: the database is the source. */
  public ColumnIndex(Directory directory) {
    Map<String, Analyzer> byField =
        Map.of(TITLE + EN, english, LEAD + EN, english, BODY + EN, english, META + EN, english);
    IndexWriterConfig config =
        new IndexWriterConfig(new PerFieldAnalyzerWrapper(korean, byField))
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    try {
      writer = new IndexWriter(directory, config);
      searchers = new SearcherManager(writer, null);
    } catch (IOException e) {
      throw new UncheckedIOException("The search index cannot be opened", e);
    }
  }

  /** Adds the column, or replaces what the index held for it. */
  public void put(PublicColumn column) {
    putAll(List.of(column));
  }

  /** Adds the columns, or replaces what the index held for them; searches see all or none. */
  public void putAll(Collection<PublicColumn> columns) {
    update(columns, List.of());
  }

  private static Document document(PublicColumn column) {
    Document document = new Document();
    document.add(new StringField(ID, Long.toString(column.id()), Field.Store.YES));
    document.add(new StoredField(SLUG, column.slug()));
    document.add(new StoredField(LANGUAGE, column.language()));
    document.add(new StoredField(FIRST_PUBLISHED, column.firstPublishedAt().toEpochMilli()));
    document.add(new StoredField(BYLINE, column.byline()));
    if (column.magazineTitle() != null) {
      document.add(new StoredField(MAGAZINE, column.magazineTitle()));
    }
    if (column.summary() != null) {
      document.add(new StoredField(SUMMARY, column.summary()));
    }
    String lead = join(column.subtitle(), column.summary());
    String meta = join(column.byline(), column.magazineTitle(), String.join(" ", column.tags()));
    String body = column.bodyText();
    document.add(new StoredField(TITLE, column.title()));
    document.add(new StoredField(BODY, body));
    for (String suffix : List.of(KO, EN)) {
      document.add(new TextField(TITLE + suffix, column.title(), Field.Store.NO));
      document.add(new TextField(LEAD + suffix, lead, Field.Store.NO));
      document.add(new TextField(META + suffix, meta, Field.Store.NO));
      document.add(new TextField(BODY + suffix, body, Field.Store.NO));
    }
    return document;
  }

  /** Adds or replaces the live columns and takes out the others; searches see all or none. */
  public void update(Collection<PublicColumn> live, Collection<Long> gone) {
    try {
      for (long columnId : gone) {
        writer.deleteDocuments(new Term(ID, Long.toString(columnId)));
      }
      for (PublicColumn column : live) {
        writer.updateDocument(new Term(ID, Long.toString(column.id())), document(column));
      }
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("The search index cannot be written", e);
    }
  }

  /** Takes the column out of the index, if it was there. */
  public void remove(long columnId) {
    update(List.of(), List.of(columnId));
  }

  /** Empties the index, before it is filled again from the database. */
  public void clear() {
    try {
      writer.deleteAll();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("The search index cannot be written", e);
    }
  }

  /** How many columns the index holds. */
  public int size() {
    return writer.getDocStats().numDocs;
  }

  /**
   * The columns matching the words of {@code text}, best first.
   *
   * @param text what the reader typed: plain words, no query syntax
   * @param page the page, from 0
   * @param size the page size
   * @throws IllegalArgumentException when the text is longer than {@link #QUERY_MAX}
   */
  public SearchResults search(String text, int page, int size) {
    String words = text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    if (words.codePointCount(0, words.length()) > QUERY_MAX) {
      throw new IllegalArgumentException(
          "A search may be at most " + QUERY_MAX + " characters long");
    }
    Set<String> koreanTerms = terms(korean, words);
    Set<String> englishTerms = terms(english, words);
    if (koreanTerms.isEmpty() && englishTerms.isEmpty()) {
      return SearchResults.none(page, size);
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        Query query = query(koreanTerms, englishTerms, Occur.MUST);
        int total = searcher.count(query);
        boolean broadened = false;
        if (total == 0 && koreanTerms.size() + englishTerms.size() > 2) {
          query = query(koreanTerms, englishTerms, Occur.SHOULD);
          total = searcher.count(query);
          broadened = total > 0;
        }
        long end = (long) (page + 1) * size;
        if (total == 0 || page * (long) size >= total) {
          return new SearchResults(List.of(), total, page, size, broadened);
        }
        TopDocs top = searcher.search(query, (int) Math.min(end, total));
        List<SearchHit> hits = new ArrayList<>();
        ScoreDoc[] found = top.scoreDocs;
        for (int i = page * size; i < found.length; i++) {
          hits.add(hit(searcher.storedFields().document(found[i].doc), query));
        }
        return new SearchResults(hits, total, page, size, broadened);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The search index cannot be read", e);
    }
  }

  /** Every term of the query read both ways; a term may match in any field, weighted. */
  private static Query query(Set<String> koreanTerms, Set<String> englishTerms, Occur eachTerm) {
    BooleanQuery.Builder either = new BooleanQuery.Builder();
    for (var reading : List.of(Map.entry(KO, koreanTerms), Map.entry(EN, englishTerms))) {
      if (reading.getValue().isEmpty()) {
        continue;
      }
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      for (String term : reading.getValue()) {
        List<Query> inFields = new ArrayList<>();
        WEIGHTS.forEach(
            (field, weight) ->
                inFields.add(
                    new BoostQuery(
                        new TermQuery(new Term(field + reading.getKey(), term)), weight)));
        all.add(new DisjunctionMaxQuery(inFields, 0.1f), eachTerm);
      }
      either.add(all.build(), Occur.SHOULD);
    }
    return either.build();
  }

  private SearchHit hit(Document document, Query query) {
    String title = document.get(TITLE);
    String body = document.get(BODY);
    String titleHtml = mark(query, TITLE, title, new NullFragmenter(), Integer.MAX_VALUE);
    String snippet = mark(query, BODY, body, null, SNIPPET_CHARS);
    if (snippet == null) {
      String summary = document.get(SUMMARY);
      String lead = summary != null ? summary : body;
      snippet = ENCODER.encodeText(lead.length() > SNIPPET_CHARS ? cut(lead) : lead);
    }
    return new SearchHit(
        document.get(SLUG),
        titleHtml == null ? ENCODER.encodeText(title) : titleHtml,
        snippet,
        document.get(BYLINE),
        document.get(MAGAZINE),
        Instant.ofEpochMilli(document.getField(FIRST_PUBLISHED).numericValue().longValue()),
        document.get(LANGUAGE));
  }

  private static final SimpleHTMLEncoder ENCODER = new SimpleHTMLEncoder();

  /**
   * The text, escaped, with the query's matches in {@code <mark>}: read first as Korean, then as
   * English. {@code null} when neither reading matches anything in it.
   */
  private String mark(
      Query query, String field, String text, NullFragmenter whole, int fragmentChars) {
    for (var reading : List.of(Map.entry(KO, korean), Map.entry(EN, english))) {
      QueryScorer scorer = new QueryScorer(query, field + reading.getKey());
      Highlighter highlighter =
          new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), ENCODER, scorer);
      highlighter.setTextFragmenter(
          whole != null ? whole : new SimpleSpanFragmenter(scorer, fragmentChars));
      highlighter.setMaxDocCharsToAnalyze(Integer.MAX_VALUE);
      try (TokenStream tokens = reading.getValue().tokenStream(field + reading.getKey(), text)) {
        String fragment = highlighter.getBestFragment(tokens, text);
        if (fragment != null) {
          return fragment.strip();
        }
      } catch (IOException | InvalidTokenOffsetsException e) {
        throw new IllegalStateException("The search result cannot be highlighted", e);
      }
    }
    return null;
  }

  private static Set<String> terms(Analyzer analyzer, String text) {
    Set<String> terms = new LinkedHashSet<>();
    try (TokenStream tokens = analyzer.tokenStream("query", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("Analysing text in memory cannot fail", e);
    }
    return terms;
  }

  private static String join(String... parts) {
    StringBuilder joined = new StringBuilder();
    for (String part : parts) {
      if (part != null && !part.isBlank()) {
        joined.append(joined.isEmpty() ? "" : "\n").append(part);
      }
    }
    return joined.toString();
  }

  private static String cut(String text) {
    int end =
        text.offsetByCodePoints(0, Math.min(SNIPPET_CHARS, text.codePointCount(0, text.length())));
    int space = text.lastIndexOf(' ', end);
    return text.substring(0, space > SNIPPET_CHARS / 2 ? space : end) + "…";
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    writer.close();
  }
}
