package org.draftkit.cli.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated UN-style draft resolution, the single source that every format of the cross-format
 * matrix is written from: a title, the introduction ("The General Assembly,"), preambular
 * paragraphs opened by an italic participle, section headings, numbered operative paragraphs (a
 * "bis" paragraph among them) with sub-items (a), (b) and (i), (ii), and footnotes. Paragraphs are
 * long enough that a page break falls inside some of them and footnotes run at the foot of the
 * page. Deterministic for a seed.
 */
final class Draft {

  /** What a paragraph is, as the structurer should see it. */
  enum Role {
    TITLE,
    INTRO,
    PREAMBULAR,
    HEADING,
    OPERATIVE,
    SUB,
    SUBSUB
  }

  /** A stretch of a paragraph: text (italic or not) or a footnote reference with its body. */
  record Piece(String text, boolean italic, String note) {
    static Piece text(String t) {
      return new Piece(t, false, null);
    }

    static Piece italic(String t) {
      return new Piece(t, true, null);
    }

    static Piece note(String body) {
      return new Piece(null, false, body);
    }

    boolean isNote() {
      return note != null;
    }
  }

  /** A paragraph: its role, its printed label (null when it has none) and its content. */
  record Item(Role role, String label, List<Piece> pieces) {
    Item {
      pieces = List.copyOf(pieces);
    }

    /** The text without footnote references. */
    String text() {
      StringBuilder sb = new StringBuilder();
      pieces.stream().filter(p -> !p.isNote()).forEach(p -> sb.append(p.text()));
      return sb.toString();
    }
  }

  private static final String[] WORDS =
      ("development sustainable cooperation international national regional "
              + "implementation assessment capacity-building technology transfer resources financial mechanism framework "
              + "partnership stakeholders Governments organizations institutions programmes activities commitments "
              + "obligations principles measures strategies policies priorities objectives outcomes results progress "
              + "review process mandate agenda report recommendations information knowledge data science innovation "
              + "digital infrastructure connectivity access inclusion equity gender women youth communities people "
              + "countries developing least small island vulnerable climate oceans marine biodiversity conservation use "
              + "protection rights human security peace justice governance transparency accountability participation "
              + "multi-stakeholder coordination coherence consistency efficiency effectiveness support assistance "
              + "contributions voluntary basis existing within relevant appropriate respective further continued "
              + "enhanced strengthened improved timely effective full meaningful equitable fair balanced open and the of "
              + "to in for with on by at through under among across including particularly especially also all its their "
              + "such other additional new long-term short-term high-level decision-making well-being")
          .split(" ");
  private static final String[] PARTICIPLES = {
    "Recalling",
    "Reaffirming",
    "Recognizing",
    "Noting",
    "Welcoming",
    "Acknowledging",
    "Emphasizing",
    "Bearing in mind",
    "Concerned",
    "Taking note",
    "Mindful",
    "Expressing"
  };
  private static final String[] VERBS = {
    "Decides",
    "Requests",
    "Invites",
    "Encourages",
    "Urges",
    "Calls upon",
    "Welcomes",
    "Reaffirms",
    "Emphasizes",
    "Notes",
    "Recognizes",
    "Stresses"
  };
  private static final String[] HEADINGS = {
    "Implementation and follow-up",
    "Financial resources",
    "Capacity-building and transfer of technology",
    "Institutional arrangements",
    "Cooperation and coordination",
    "Review of progress"
  };
  private static final String[] NOTES = {
    "Resolution %d/%d, annex.",
    "See A/%d/%d, para. 14.",
    "Official Records of the General Assembly, %d Session, Supplement No. %d, chap. II.",
    "United Nations, Treaty Series, vol. %d, No. %d.",
    "Report of the Secretary-General on the implementation of resolution %d/%d, submitted in accordance with the "
        + "request of the Assembly and considered by the Second Committee at its resumed session, together with "
        + "the observations of Member States and of the relevant organizations, funds and programmes of the "
        + "United Nations system on the matters raised therein and on the way forward."
  };

  /**
   * How the Word document is laid out, as different offices do it: paper, font and size, line
   * spacing, how numbered paragraphs are indented, footnote size, heading alignment.
   *
   * @param letter US Letter paper (else A4)
   * @param font the body font
   * @param halfPoints body size in half-points
   * @param lineSpacing line spacing in 240ths of a line (240 single)
   * @param spaceAfter space after each paragraph, twips
   * @param hanging numbered paragraphs hang their label in the margin (else a first-line indent)
   * @param noteHalfPoints footnote size in half-points
   * @param centredHeadings headings centred (else flush left)
   */
  record Style(
      boolean letter,
      String font,
      int halfPoints,
      int lineSpacing,
      int spaceAfter,
      boolean hanging,
      int noteHalfPoints,
      boolean centredHeadings) {}

  private static final Style[] STYLES = {
    new Style(false, "Times New Roman", 24, 240, 120, false, 20, true),
    new Style(true, "Arial", 22, 276, 200, true, 18, false),
    new Style(false, "Times New Roman", 20, 240, 0, true, 16, true),
    new Style(true, "Times New Roman", 23, 360, 120, false, 20, false),
  };

  final String name;
  final List<Item> items;
  final Style style;

  private Draft(String name, List<Item> items, Style style) {
    this.name = name;
    this.items = List.copyOf(items);
    this.style = style;
  }

  /** The footnote bodies in the order of their references (labels are 1, 2, …). */
  List<String> notes() {
    List<String> notes = new ArrayList<>();
    items.forEach(i -> i.pieces().stream().filter(Piece::isNote).forEach(p -> notes.add(p.note())));
    return notes;
  }

  /** The draft of number {@code n}, the same every time. */
  static Draft generate(int n) {
    Random r = new Random(1000L + n);
    List<Item> items = new ArrayList<>();
    items.add(new Item(Role.TITLE, null, List.of(Piece.text(capital(words(r, 4 + r.nextInt(4)))))));
    items.add(new Item(Role.INTRO, null, List.of(Piece.text("The General Assembly,"))));
    int preamble = 3 + r.nextInt(4);
    for (int i = 0; i < preamble; i++) {
      List<Piece> ps = new ArrayList<>();
      ps.add(Piece.italic(PARTICIPLES[r.nextInt(PARTICIPLES.length)]));
      body(r, ps, 20 + r.nextInt(i == 1 ? 250 : 60), ",");
      items.add(new Item(Role.PREAMBULAR, null, ps));
    }
    int number = 0;
    int sections = 2 + r.nextInt(2);
    for (int s = 0; s < sections; s++) {
      items.add(
          new Item(Role.HEADING, null, List.of(Piece.text(HEADINGS[(n + s) % HEADINGS.length]))));
      int paragraphs = 3 + r.nextInt(4);
      for (int k = 0; k < paragraphs; k++) {
        number++;
        boolean bis = k == 1 && s == 0;
        String label = bis ? (number - 1) + " bis." : number + ".";
        if (bis) {
          number--;
        }
        boolean last = s == sections - 1 && k == paragraphs - 1;
        boolean leadIn = r.nextInt(4) == 0 && !last;
        List<Piece> ps = new ArrayList<>();
        ps.add(Piece.italic(VERBS[r.nextInt(VERBS.length)]));
        body(
            r,
            ps,
            leadIn ? 10 + r.nextInt(15) : 25 + r.nextInt(r.nextInt(3) == 0 ? 420 : 120),
            leadIn ? ":" : last ? "." : ";");
        items.add(new Item(Role.OPERATIVE, label, ps));
        if (leadIn) {
          int subs = 2 + r.nextInt(3);
          for (int a = 0; a < subs; a++) {
            List<Piece> sp = new ArrayList<>();
            boolean deeper = a == 1 && r.nextBoolean();
            body(r, sp, 15 + r.nextInt(deeper ? 12 : 90), deeper ? ":" : ";");
            items.add(new Item(Role.SUB, "(" + (char) ('a' + a) + ")", sp));
            if (deeper) {
              String[] romans = {"(i)", "(ii)", "(iii)"};
              int count = 2 + r.nextInt(2);
              for (int i = 0; i < count; i++) {
                List<Piece> ip = new ArrayList<>();
                body(r, ip, 10 + r.nextInt(40), i == count - 1 ? ";" : ";");
                items.add(new Item(Role.SUBSUB, romans[i], ip));
              }
            }
          }
        }
      }
    }
    return new Draft("draft-" + n, items, STYLES[n % STYLES.length]);
  }

  /**
   * Appends about {@code words} words in sentences, with a footnote now and then, ending with
   * {@code end}.
   */
  private static void body(Random r, List<Piece> ps, int words, String end) {
    StringBuilder sb = new StringBuilder(ps.isEmpty() ? "" : " ");
    boolean first = ps.isEmpty();
    int left = words;
    while (left > 0) {
      int len = Math.min(left, 6 + r.nextInt(14));
      String clause = words(r, len);
      sb.append(first ? capital(clause) : clause);
      first = false;
      left -= len;
      if (left > 0 && r.nextInt(7) == 0) {
        sb.append(',');
        ps.add(Piece.text(sb.toString()));
        String note = NOTES[r.nextInt(NOTES.length)];
        ps.add(Piece.note(String.format(note, 60 + r.nextInt(20), 100 + r.nextInt(300))));
        sb = new StringBuilder(" ");
      } else if (left > 0) {
        sb.append(r.nextInt(3) == 0 ? ", " : " ");
      }
    }
    sb.append(end);
    ps.add(Piece.text(sb.toString()));
  }

  private static String words(Random r, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(WORDS[r.nextInt(WORDS.length)]);
    }
    return sb.toString();
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
