package org.draftkit.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** UN-style sentences from a phrase lexicon, for generated revisions. Deterministic per seed. */
final class Prose {
  static final List<String> PARTICIPLES =
      List.of(
          "Recalling",
          "Reaffirming",
          "Recognizing",
          "Noting with concern",
          "Welcoming",
          "Bearing in mind",
          "Acknowledging",
          "Stressing",
          "Taking note of",
          "Emphasizing",
          "Deeply concerned about",
          "Mindful of",
          "Expressing appreciation for",
          "Underlining",
          "Convinced of");
  static final List<String> THAT_OPENERS =
      List.of(
          "Reaffirms",
          "Recognizes",
          "Acknowledges",
          "Stresses",
          "Underlines",
          "Emphasizes",
          "Notes with concern",
          "Further recognizes",
          "Underscores",
          "Is convinced");
  static final List<String> ACTOR_OPENERS =
      List.of("Calls upon", "Encourages", "Invites", "Urges", "Requests");
  static final List<String> TO_OPENERS =
      List.of("Decides", "Resolves", "Commits", "Agrees", "Pledges");
  static final List<String> SUBJECTS =
      List.of(
          "all countries",
          "Member States",
          "developed countries",
          "developing countries",
          "the international community",
          "the United Nations system",
          "international financial institutions",
          "multilateral development banks",
          "regional organizations",
          "the private sector",
          "relevant stakeholders",
          "Governments",
          "donor countries",
          "the Bretton Woods institutions",
          "national statistical offices",
          "parliaments",
          "local authorities");
  static final List<String> ACTORS =
      List.of(
          "Member States",
          "developed countries",
          "all relevant stakeholders",
          "the Secretary-General",
          "the United Nations development system",
          "international financial institutions",
          "multilateral development banks",
          "the private sector",
          "the relevant entities of the United Nations system",
          "regional commissions",
          "civil society and academia",
          "the President of the General Assembly",
          "the Economic and Social Council",
          "the Statistical Commission");
  static final List<String> MODALS =
      List.of(
          "should", "shall", "will", "must", "need to", "are encouraged to", "will continue to");
  static final List<String> VERBS =
      List.of(
          "strengthen",
          "enhance",
          "promote",
          "ensure",
          "support",
          "scale up",
          "mobilize",
          "accelerate",
          "improve",
          "facilitate",
          "consider",
          "continue to pursue",
          "take concrete steps to advance",
          "fully implement",
          "prioritize",
          "expand",
          "redouble efforts to achieve",
          "reinforce",
          "monitor",
          "review",
          "coordinate",
          "integrate",
          "safeguard",
          "finance");
  static final List<String> GERUNDS =
      List.of(
          "strengthening",
          "enhancing",
          "promoting",
          "ensuring",
          "supporting",
          "scaling up",
          "mobilizing",
          "accelerating",
          "improving",
          "facilitating",
          "expanding",
          "reinforcing",
          "prioritizing",
          "monitoring",
          "reviewing",
          "integrating");
  static final List<String> OBJECTS =
      List.of(
          "domestic resource mobilization",
          "international tax cooperation",
          "official development assistance commitments",
          "debt sustainability and debt transparency",
          "access to concessional finance",
          "the transfer of environmentally sound technologies on mutually agreed terms",
          "capacity-building for developing countries",
          "gender equality and the empowerment of all women and girls",
          "climate finance for adaptation and mitigation",
          "the implementation of the 2030 Agenda for Sustainable Development",
          "efforts to combat illicit financial flows",
          "the reform of the international financial architecture",
          "disaster risk reduction and resilience",
          "universal health coverage",
          "quality education and lifelong learning opportunities",
          "social protection systems for all",
          "sustainable and inclusive industrialization",
          "the voice and participation of developing countries in international economic decision-making",
          "data and statistical capacities",
          "the role of science, technology and innovation",
          "food security and nutrition",
          "full and productive employment and decent work for all",
          "sustainable infrastructure investment",
          "South-South and triangular cooperation",
          "biodiversity finance",
          "the full and effective implementation of the Addis Ababa Action Agenda",
          "a universal, rules-based, open, non-discriminatory and equitable multilateral trading system",
          "the mobilization of private finance for sustainable development",
          "financial inclusion, including for micro, small and medium-sized enterprises",
          "the special needs of countries in special situations",
          "the coherence and consistency of the international monetary, financial and trading systems",
          "sovereign debt restructuring processes",
          "the effectiveness of development cooperation",
          "access to affordable, reliable, sustainable and modern energy for all",
          "the prevention and recovery of stolen assets",
          "remittance costs",
          "the digital divide",
          "meaningful connectivity",
          "the safety and security of information and communications technologies",
          "the multi-stakeholder model of Internet governance",
          "the Internet Governance Forum",
          "open-source software and digital public goods",
          "artificial intelligence governance",
          "the protection of personal data and privacy",
          "media and information literacy",
          "the rights of persons with disabilities",
          "the marine environment beyond national jurisdiction",
          "oceans, seas and marine resources",
          "the conservation of highly migratory fish stocks",
          "access to justice for all",
          "the rule of law at the national and international levels",
          "peacebuilding and sustaining peace",
          "humanitarian assistance in complex emergencies",
          "migration governance",
          "indigenous peoples and local communities",
          "youth employment");
  static final List<String> QUALIFIERS =
      List.of(
          ", in accordance with national priorities and circumstances",
          ", as appropriate",
          ", at all levels",
          ", in line with their respective mandates",
          ", taking into account different national realities, capacities and levels of development",
          ", including through South-South and triangular cooperation",
          ", in particular for least developed countries, landlocked developing countries and small island developing States",
          ", while respecting each country's policy space and leadership",
          ", with a view to leaving no one behind",
          ", consistent with the Charter of the United Nations",
          ", on a voluntary basis",
          ", by 2030",
          ", within existing resources",
          ", in close cooperation with the relevant international organizations",
          ", building on existing initiatives",
          ", subject to the availability of extrabudgetary resources",
          ", in a transparent and inclusive manner");
  static final List<String> ADJS =
      List.of(
          "insufficient",
          "uneven across regions",
          "critical for the achievement of the Sustainable Development Goals",
          "a shared responsibility",
          "essential for sustained and inclusive economic growth",
          "far from adequate",
          "of paramount importance");
  static final List<String> CHAPTERS =
      List.of(
          "Introduction",
          "Political declaration",
          "A renewed global financing framework",
          "Action areas",
          "Means of implementation",
          "Data, monitoring and follow-up",
          "Systemic issues",
          "Cross-cutting issues",
          "Way forward",
          "Follow-up and review",
          "Human rights and ethics",
          "Internet governance");
  static final List<String> SECTIONS =
      List.of(
          "Domestic public resources",
          "Domestic and international private business and finance",
          "International development cooperation",
          "International trade as an engine for development",
          "Debt and debt sustainability",
          "Addressing systemic issues",
          "Science, technology, innovation and capacity-building",
          "Climate and environment",
          "Gender equality",
          "Countries in special situations",
          "Bridging digital divides",
          "Digital economy",
          "Building confidence and security");
  static final List<String> INSERT_PHRASES =
      List.of(
          "strongly",
          "inter alia",
          "all",
          "effective",
          "sustainable",
          "and regional",
          "voluntary",
          "as appropriate",
          "in particular",
          "urgently",
          "and inclusive",
          "full and",
          "further",
          "where possible",
          "and innovative",
          "concrete",
          "with appreciation",
          "timely");
  static final List<List<String>> REPLACEMENTS =
      List.of(
          List.of("recognize", "acknowledge"),
          List.of("shall", "should"),
          List.of("should", "will"),
          List.of("ensure", "promote"),
          List.of("strengthen", "enhance"),
          List.of("must", "should"),
          List.of("support", "welcome"),
          List.of("developing", "vulnerable"),
          List.of("promote", "advance"),
          List.of("improve", "strengthen"),
          List.of("Urges", "Encourages"),
          List.of("Decides", "Agrees"),
          List.of("Recalling", "Reaffirming"),
          List.of("Member", "all"),
          List.of("international", "global"),
          List.of("countries", "economies"));

  private final Random r;

  Prose(Random r) {
    this.r = r;
  }

  <T> T pick(List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  private String qualifiers(int max) {
    int k = r.nextInt(max + 2) - 1;
    StringBuilder sb = new StringBuilder();
    List<String> pool = new ArrayList<>(QUALIFIERS);
    for (int i = 0; i < k; i++) {
      sb.append(pool.remove(r.nextInt(pool.size())));
    }
    return sb.toString();
  }

  /** An operative sentence ("Calls upon Member States to …"). */
  String operative() {
    return switch (r.nextInt(5)) {
      case 0 ->
          pick(THAT_OPENERS)
              + " that "
              + pick(SUBJECTS)
              + " "
              + pick(MODALS)
              + " "
              + pick(VERBS)
              + " "
              + pick(OBJECTS)
              + qualifiers(2)
              + ".";
      case 1 ->
          pick(THAT_OPENERS)
              + " the importance of "
              + pick(GERUNDS)
              + " "
              + pick(OBJECTS)
              + qualifiers(2)
              + ".";
      case 2 ->
          pick(ACTOR_OPENERS)
              + " "
              + pick(ACTORS)
              + " to "
              + pick(VERBS)
              + " "
              + pick(OBJECTS)
              + qualifiers(2)
              + ".";
      case 3 -> pick(TO_OPENERS) + " to " + pick(VERBS) + " " + pick(OBJECTS) + qualifiers(2) + ".";
      default ->
          pick(THAT_OPENERS)
              + " that "
              + pick(OBJECTS)
              + " remains "
              + pick(ADJS)
              + qualifiers(1)
              + ".";
    };
  }

  /** A follow-up sentence. */
  String follow() {
    return switch (r.nextInt(3)) {
      case 0 ->
          "In this regard, "
              + pick(SUBJECTS)
              + " "
              + pick(MODALS)
              + " "
              + pick(VERBS)
              + " "
              + pick(OBJECTS)
              + qualifiers(1)
              + ".";
      case 1 -> "It is noted that " + pick(OBJECTS) + " remains " + pick(ADJS) + ".";
      default ->
          "The Assembly further "
              + pick(List.of("encourages", "invites", "urges"))
              + " "
              + pick(ACTORS)
              + " to "
              + pick(VERBS)
              + " "
              + pick(OBJECTS)
              + ".";
    };
  }

  /** One to three sentences. */
  String operativeParagraph() {
    int k = 1 + r.nextInt(3);
    StringBuilder sb = new StringBuilder(operative());
    for (int i = 1; i < k; i++) {
      sb.append(' ').append(follow());
    }
    return sb.toString();
  }

  /** "Recalling …," */
  String preambular() {
    return pick(PARTICIPLES) + " " + pick(OBJECTS) + qualifiers(1) + ",";
  }

  /** A sub-item, without its closing punctuation. */
  String subItem() {
    return "To " + pick(VERBS) + " " + pick(OBJECTS) + qualifiers(1);
  }

  int nextInt(int bound) {
    return r.nextInt(bound);
  }
}
